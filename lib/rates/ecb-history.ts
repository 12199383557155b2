/**
 * The ECB's euro reference-rate history (eurofxref-hist.csv layout: "Date,USD,JPY,…," with a
 * trailing empty column, one row per TARGET working day, "N/A" where no rate was published,
 * values in units of currency per 1 EUR), parsed strictly: a refresh must not ship a file that
 * would convert amounts wrongly. No zod here: the browser imports MAX_RATE_AGE_DAYS through
 * euro-value.ts.
 */
/** Weekends and TARGET holidays leave gaps of up to 5 days; a week is the most we look back. */
export const MAX_RATE_AGE_DAYS = 7;

export interface RateOnDay {
  rate: number;
  /** The ECB day whose rate is used: the asked day or the latest working day before it. */
  date: string;
}

export interface CurrencySpan {
  first: string;
  last: string;
}

export interface EcbHistory {
  firstDay: string;
  lastDay: string;
  /** Currencies with at least one published rate, each with its first and last day. */
  spans: Record<string, CurrencySpan>;
  /** The rate for a day, or null when the ECB published none within MAX_RATE_AGE_DAYS before it. */
  rateOn(currency: string, day: string): RateOnDay | null;
  currencies(): string[];
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const currencyCode = /^[A-Z]{3}$/;

export class EcbRatesError extends Error {}

/** The latest [day, rate] on or before `day` in a list sorted by day (binary search), if any. */
export function latestOnOrBefore(list: ReadonlyArray<readonly [string, number]>, day: string): readonly [string, number] | undefined {
  let lo = 0;
  let hi = list.length - 1;
  let found: readonly [string, number] | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const entry = list[mid]!;
    if (entry[0] <= day) {
      found = entry;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function daysBetween(earlier: string, later: string): number {
  return (Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / 86_400_000;
}

/** Parses and validates the file's text; throws EcbRatesError naming the line and the bad value. */
export function parseEcbHistory(csv: string): EcbHistory {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length < 2) throw new EcbRatesError("invalid ECB rates: expected a header and at least one day of rates");
  const header = (lines[0] ?? "").split(",").map((h) => h.trim());
  if (header[0] !== "Date") throw new EcbRatesError(`invalid ECB rates: first column is "${header[0] ?? ""}", expected "Date" (is this eurofxref-hist.csv?)`);
  const codes = header.slice(1).filter((c, i, all) => c !== "" || i < all.length - 1);
  for (const code of codes) {
    if (!currencyCode.test(code)) throw new EcbRatesError(`invalid ECB rates: column "${code}" is not a currency code (three capital letters)`);
  }
  if (new Set(codes).size !== codes.length) throw new EcbRatesError("invalid ECB rates: a currency column appears twice");
  if (!codes.includes("USD")) throw new EcbRatesError("invalid ECB rates: no USD column; expected the ECB's full eurofxref-hist.csv");

  const series = new Map<string, Array<[string, number]>>(codes.map((c) => [c, []]));
  const seenDays = new Set<string>();
  for (const [i, line] of lines.slice(1).entries()) {
    const cells = line.split(",").map((c) => c.trim());
    const day = cells[0] ?? "";
    if (!isoDay.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw new EcbRatesError(`invalid ECB rates line ${i + 2}: "${day}" is not a day YYYY-MM-DD`);
    if (seenDays.has(day)) throw new EcbRatesError(`invalid ECB rates line ${i + 2}: day ${day} appears twice`);
    seenDays.add(day);
    codes.forEach((code, col) => {
      const cell = cells[col + 1] ?? "";
      if (cell === "" || cell === "N/A") return;
      const rate = Number(cell);
      if (!Number.isFinite(rate) || rate <= 0) throw new EcbRatesError(`invalid ECB rates line ${i + 2}: ${code} rate "${cell}" is not a positive number`);
      series.get(code)?.push([day, rate]);
    });
  }
  const days = [...seenDays].sort();
  const spans: Record<string, CurrencySpan> = {};
  for (const [code, list] of series) {
    list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const first = list[0];
    const last = list.at(-1);
    if (first && last) spans[code] = { first: first[0], last: last[0] };
    else series.delete(code);
  }

  return {
    firstDay: days[0] ?? "",
    lastDay: days.at(-1) ?? "",
    spans,
    currencies: () => [...series.keys()],
    rateOn(currency, day) {
      if (currency === "EUR") return { rate: 1, date: day };
      const list = series.get(currency);
      if (!list) return null;
      const found = latestOnOrBefore(list, day);
      if (!found || daysBetween(found[0], day) > MAX_RATE_AGE_DAYS) return null;
      return { rate: found[1], date: found[0] };
    },
  };
}
