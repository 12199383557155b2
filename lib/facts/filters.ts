import { z } from "zod";
import { isKnownCountry } from "../countries/country-names";
import { FACT_KINDS, FACT_STATUSES, implausibleDay, isoDay } from "./contract";
import { PARTY_ROLES } from "./parties";
import { list, oneOf } from "../http/query-schemas";

/**
 * The filters every list, series and export shares: kinds, countries (in any or some roles),
 * an inclusive date range and statuses. One schema, reused by the API, the pages and tests.
 */

const day = (name: string) =>
  z.string().superRefine((value, ctx) => {
    const result = isoDay.safeParse(value);
    if (!result.success) {
      ctx.addIssue({ code: "custom", message: `invalid ${name} "${value.slice(0, 40)}": expected a real day as YYYY-MM-DD, e.g. 2023-09-13` });
      return;
    }
    // Facts only exist in this range; bounding the filter keeps week keys and by=auto sane.
    const problem = implausibleDay(value);
    if (problem) ctx.addIssue({ code: "custom", message: `invalid ${name}: ${problem}` });
  });

const country = z.string().superRefine((value, ctx) => {
  if (!isKnownCountry(value)) {
    ctx.addIssue({ code: "custom", message: `invalid country "${value}": expected an ISO 3166-1 alpha-2 code such as UA, RU, RO or DK` });
  }
});

export const factFilterShape = {
  kind: list(oneOf("kind", FACT_KINDS)).optional(),
  country: list(country, 250).optional(),
  role: list(oneOf("role", PARTY_ROLES)).optional(),
  from: day("from").optional(),
  to: day("to").optional(),
  status: list(oneOf("status", FACT_STATUSES)).optional(),
};

export const FILTER_LIST_KEYS = ["kind", "country", "role", "status"] as const;

type FilterInput = { from?: string; to?: string; role?: unknown[]; country?: unknown[] };
export const checkFilterConsistency = (value: FilterInput, ctx: z.RefinementCtx) => {
  if (value.from && value.to && value.from > value.to) {
    ctx.addIssue({ code: "custom", path: ["from"], message: `from (${value.from}) is after to (${value.to}): swap them or widen the range` });
  }
  if (value.role?.length && !value.country?.length) {
    ctx.addIssue({ code: "custom", path: ["role"], message: "role narrows the country filter: give country too, e.g. country=UA&role=recipient" });
  }
};

export const factFilters = z.object(factFilterShape).superRefine(checkFilterConsistency);

export type FactFilters = z.output<typeof factFilters>;

/** Status defaults to verified: proposed facts count only when a reader asks for them. */
export function effectiveStatuses(filters: FactFilters) {
  return filters.status?.length ? filters.status : (["verified"] as const);
}
