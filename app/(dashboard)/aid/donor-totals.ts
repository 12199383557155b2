import type { SeriesRow } from "@/lib/series/series-contract";

export type AidRow = SeriesRow<"aid_eur" | "aid_amount" | "aid_unconverted">;

export interface DonorTotal {
  donor: string | null;
  /** The donors beyond the top N, summed (donor is then null). */
  other: boolean;
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
export function donorTotals(rows: AidRow[]): DonorTotal[] {
  const byDonor = new Map<string, DonorTotal>();
  for (const r of rows) {
    const key = r.other ? "\u0000other" : String(r.key);
    const total = byDonor.get(key) ?? { donor: r.other ? null : r.key, other: Boolean(r.other), eur: null, original: [], unconverted: 0, facts: 0 };
    if (r.aid_eur !== null) total.eur = (total.eur ?? 0) + r.aid_eur;
    if (r.aid_amount !== null && r.split) total.original.push({ currency: r.split, amount: r.aid_amount });
    total.unconverted += r.aid_unconverted ?? 0;
    total.facts += r.facts;
    total.exampleFactId ??= r.exampleFactId;
    byDonor.set(key, total);
  }
  for (const t of byDonor.values()) t.original.sort((a, b) => b.amount - a.amount);
  // Largest first; Other last whatever its size, as it is many donors.
  return [...byDonor.values()].sort((a, b) => Number(a.other) - Number(b.other) || (b.eur ?? -1) - (a.eur ?? -1));
}
