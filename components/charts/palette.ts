import { FACT_KINDS, type FactKind } from "@/lib/kinds";

/** Series colors as CSS variables (globals.css), so dark mode needs no chart code. */
export const SERIES_COLORS = Array.from({ length: 8 }, (_, i) => `var(--chart-${i + 1})`);

export const KIND_COLORS = Object.fromEntries(FACT_KINDS.map((k) => [k, `var(--chart-${k})`])) as Record<FactKind, string>;

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] ?? "currentColor";
}
