/**
 * The design tokens: every colour a kind, status, claimant or chart series is drawn in, for light
 * and dark. Defined once here; tailwind.config.ts turns them into CSS variables (--kind-injury,
 * …) and Tailwind colours (bg-kind-injury, fill-status-proposed, …), and the charts read the
 * same variables. Hues follow Okabe–Ito, which colour-blind readers tell apart; each light colour
 * is darkened until it stands at least 3:1 against white and slate-50 (the cards and the page),
 * each dark one at least 3:1 against slate-900 and slate-950 (tests/unit/vocabulary/tokens.test.ts).
 */

import { KINDS, type FactKind } from "../kinds";

export type Palette = Record<string, { light: string; dark: string }>;

/** Each kind's colour, from its definition (lib/kinds/<kind>/definition.ts). */
export const KIND_PALETTE = Object.fromEntries(KINDS.map((k) => [k.kind, k.colour])) as Record<FactKind, { light: string; dark: string }>;

export const STATUS_PALETTE = {
  proposed: { light: "#b45309", dark: "#fbbf24" },
  verified: { light: "#047857", dark: "#34d399" },
  rejected: { light: "#64748b", dark: "#94a3b8" },
} satisfies Palette;

/** Who claims a figure: the two sides as a reader knows them, anyone else, and no one named. */
export const CLAIMANT_PALETTE = {
  UA: { light: "#0072b2", dark: "#4fa8e8" },
  RU: { light: "#b4568a", dark: "#e7a3cb" },
  other: { light: "#8a7a00", dark: "#e8dc6a" },
  none: { light: "#6b7280", dark: "#9ca3af" },
} satisfies Palette;

/** Series colours, in order, for charts whose groups have no colour of their own. */
export const SERIES_PALETTE = {
  "1": { light: "#0072b2", dark: "#4fa8e8" },
  "2": { light: "#b07800", dark: "#f5b841" },
  "3": { light: "#008060", dark: "#3fd0a3" },
  "4": { light: "#b4568a", dark: "#e7a3cb" },
  "5": { light: "#d55e00", dark: "#ff8c4a" },
  "6": { light: "#2a87be", dark: "#8fd0f5" },
  "7": { light: "#8a7a00", dark: "#e8dc6a" },
  "8": { light: "#6b7280", dark: "#9ca3af" },
} satisfies Palette;

/** The backgrounds the colours must stand out from (white cards on slate-50; slate-900 on slate-950). */
export const BACKGROUNDS = { light: ["#ffffff", "#f8fafc"], dark: ["#0f172a", "#020617"] } as const;

/** Token groups → CSS variable prefix: KIND_PALETTE.shelter is var(--kind-shelter). */
export const TOKEN_GROUPS = { kind: KIND_PALETTE, status: STATUS_PALETTE, claimant: CLAIMANT_PALETTE, chart: SERIES_PALETTE } as const;

/** The CSS variable a token is drawn with. */
export const tokenVar = (group: keyof typeof TOKEN_GROUPS, name: string) => `var(--${group}-${name})`;
