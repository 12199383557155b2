import type { FactKind } from "@/lib/facts/contract";

/** Series colors as CSS variables (globals.css), so dark mode needs no chart code. */
export const SERIES_COLORS = Array.from({ length: 8 }, (_, i) => `var(--chart-${i + 1})`);

export const KIND_COLORS: Record<FactKind, string> = {
  injury: "var(--chart-injury)",
  drone: "var(--chart-drone)",
  aid: "var(--chart-aid)",
  shelter: "var(--chart-shelter)",
};

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] ?? "currentColor";
}
