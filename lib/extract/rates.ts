/**
 * Euro reference rates in the layout of the ECB's eurofxref-hist.csv: a header
 * "Date,USD,JPY,...," (trailing empty column), one row per day, "N/A" where a currency had no
 * rate, values in units of currency per 1 EUR. No real rates ship with the project; a table is
 * loaded only when the caller passes one (the CLI's --rates FILE).
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { latestOnOrBefore, type EcbHistory, type RateOnDay } from "../rates/ecb-history";

export type { RateOnDay };

/** What the extractor needs of a rate table: the shipped history (lib/rates) is one, a --rates file another. */
export type RateTable = Pick<EcbHistory, "rateOn" | "currencies">;

const dayCell = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a day YYYY-MM-DD in the Date column");

export function parseEcbRates(csv: string): RateTable {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = (lines[0] ?? "").split(",").map((h) => h.trim());
  if (header[0] !== "Date") throw new Error(`invalid ECB rates: first column is "${header[0] ?? ""}", expected "Date"`);
  // Per currency: [day, rate] sorted ascending, for a binary search on day.
  const series = new Map<string, Array<[string, number]>>();
  for (const [i, line] of lines.slice(1).entries()) {
    const cells = line.split(",").map((c) => c.trim());
    const day = dayCell.safeParse(cells[0]);
    if (!day.success) throw new Error(`invalid ECB rates line ${i + 2}: "${cells[0] ?? ""}" is not a day YYYY-MM-DD`);
    header.forEach((code, col) => {
      const cell = cells[col];
      if (col === 0 || !code || !cell || cell === "N/A") return;
      const rate = Number(cell);
      if (!Number.isFinite(rate) || rate <= 0) return;
      const list = series.get(code) ?? [];
      list.push([day.data, rate]);
      series.set(code, list);
    });
  }
  for (const list of series.values()) list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

  return {
    currencies: () => [...series.keys()],
    rateOn(currency, day) {
      if (currency === "EUR") return { rate: 1, date: day };
      const list = series.get(currency);
      if (!list) return null;
      const found = latestOnOrBefore(list, day);
      return found ? { rate: found[1], date: found[0] } : null;
    },
  };
}

export function loadEcbRates(path: string): RateTable {
  return parseEcbRates(readFileSync(path, "utf8"));
}

/** Euros for an amount, rounded to whole euros; null when no rate is known. */
export function toEuros(amount: number, currency: string, day: string, rates: RateTable | undefined): { eur: number; rate: RateOnDay } | null {
  const rate = rates?.rateOn(currency, day);
  if (!rate) return null;
  return { eur: Math.round(amount / rate.rate), rate };
}
