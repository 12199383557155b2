import type { SeriesRow } from "@/lib/series/get-series";

export interface DonorTotal {
  donor: string | null;
  eur: number | null;
  /** Sums in each original currency, largest first. */
  original: { currency: string; amount: number }[];
  unconverted: number;
  facts: number;
  exampleFactId?: number;
}

/**
 * Folds rows grouped by donor and split by currency into one line per donor, keeping every
 * original currency beside the euro sum (the database summed; this only regroups a few rows).
 */
export function donorTotals(rows: SeriesRow[]): DonorTotal[] {
  const byDonor = new Map<string, DonorTotal>();
  for (const r of rows) {
    const key = String(r.key);
    const total = byDonor.get(key) ?? { donor: r.key, eur: null, original: [], unconverted: 0, facts: 0 };
    if (typeof r.aid_eur === "number") total.eur = (total.eur ?? 0) + r.aid_eur;
    if (typeof r.aid_amount === "number" && r.split) total.original.push({ currency: String(r.split), amount: r.aid_amount });
    total.unconverted += typeof r.aid_unconverted === "number" ? r.aid_unconverted : 0;
    total.facts += r.facts;
    total.exampleFactId ??= typeof r.exampleFactId === "number" ? r.exampleFactId : undefined;
    byDonor.set(key, total);
  }
  for (const t of byDonor.values()) t.original.sort((a, b) => b.amount - a.amount);
  return [...byDonor.values()].sort((a, b) => (b.eur ?? -1) - (a.eur ?? -1));
}
