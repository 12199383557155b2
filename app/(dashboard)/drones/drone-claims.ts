import { seriesColor } from "@/components/charts/palette";
import { partyLabel } from "@/components/charts/series-labels";
import type { SeriesRow } from "@/lib/series/series-contract";

/** A claimant's key in a series (its code, or "none" where the report names none). */
export const claimantKey = (code: string | null | undefined) => code ?? "none";
export const claimantName = (code: string | null | undefined) => partyLabel(code, "claimant not named");

/** Claimants in order of how much they claim (so colours stay put as filters change a little). */
export function claimantsByTotal(rows: SeriesRow<"drones_shot_down">[]): { key: string; code: string | null; label: string; color: string; total: number }[] {
  const totals = new Map<string, { code: string | null; total: number }>();
  for (const r of rows) {
    const key = claimantKey(r.split);
    const entry = totals.get(key) ?? { code: r.split ?? null, total: 0 };
    entry.total += r.drones_shot_down ?? 0;
    totals.set(key, entry);
  }
  return [...totals.entries()]
    .sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]))
    .map(([key, { code, total }], i) => ({ key, code, label: `Claimed by ${claimantName(code)}`, color: seriesColor(i), total }));
}

/** Share of launched drones reported shot down, over reports that state both: "82%". */
export function interceptionRate(launched: number | null, shotDown: number | null): string | null {
  if (!launched || shotDown === null) return null;
  return `${Math.round((100 * shotDown) / launched)}%`;
}
