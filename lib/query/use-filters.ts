"use client";

import { parseAsArrayOf, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { useMemo } from "react";
import { isIsoDay, type FactStatus } from "../facts/kinds";
import type { FactFilters } from "../facts/filters";
import type { PartyRole } from "../facts/parties";
import { PARTY_ROLES } from "../facts/parties";

/** What the status control offers, and the statuses each choice means. */
export const STATUS_CHOICES = {
  verified: { label: "Verified only", statuses: ["verified"] },
  "with-proposed": { label: "Verified + proposed (unreviewed)", statuses: ["verified", "proposed"] },
  proposed: { label: "Proposed only", statuses: ["proposed"] },
  all: { label: "All, including rejected", statuses: ["verified", "proposed", "rejected"] },
} as const satisfies Record<string, { label: string; statuses: readonly FactStatus[] }>;
export type StatusChoice = keyof typeof STATUS_CHOICES;

const filterParsers = {
  country: parseAsArrayOf(parseAsString).withDefault([]),
  role: parseAsStringLiteral(["any", ...PARTY_ROLES] as const).withDefault("any"),
  from: parseAsString,
  to: parseAsString,
  status: parseAsStringLiteral(Object.keys(STATUS_CHOICES) as StatusChoice[]).withDefault("verified"),
};

const validDay = (s: string | null) => (s && isIsoDay(s) ? s : undefined);

/**
 * The dashboard's filters, kept in the URL so a link reproduces the view and back/forward works.
 * Values a hand-edited URL gets wrong are ignored here (the API would refuse them).
 */
export function useFilters() {
  const [state, setState] = useQueryStates(filterParsers, { history: "push" });
  const filters = useMemo<FactFilters>(() => {
    const from = validDay(state.from);
    const to = validDay(state.to);
    const ordered = from && to && from > to ? { from: to, to: from } : { from, to };
    return {
      country: state.country.filter((c) => /^[A-Z]{2}$/.test(c)),
      role: state.role === "any" || !state.country.length ? undefined : [state.role as PartyRole],
      ...ordered,
      status: [...STATUS_CHOICES[state.status].statuses],
    };
  }, [state]);
  return { filters, state, setState };
}
