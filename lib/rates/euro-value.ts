import type { CurrencySpan } from "./ecb-history";
import { MAX_RATE_AGE_DAYS, type EcbHistory } from "./ecb-history";

/** What the rate table can say about an amount: its euros with the rate, or why there are none. */
export type EuroValue =
  | { eur: number; rate: number; rateDate: string }
  | { eur: null; reason: string };

export interface RateCoverage {
  firstDay: string;
  lastDay: string;
  spans: Record<string, CurrencySpan>;
}

/**
 * Why an amount in `currency` on `day` has no ECB rate, in words a reader understands; null
 * when the coverage does have one (a pure function: the browser calls it with the coverage
 * summary, the backfill with the full history).
 */
export function missingRateReason(currency: string, day: string, coverage: RateCoverage): string | null {
  if (currency === "EUR") return null;
  const span = coverage.spans[currency];
  if (!span) return `the ECB publishes no euro reference rate for ${currency}`;
  if (day < span.first) return `no ECB rate for ${currency} before ${span.first}`;
  if (day > coverage.lastDay) return `the rates file ends on ${coverage.lastDay}: refresh it (npm run rates:refresh)`;
  const age = (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${span.last}T00:00:00Z`)) / 86_400_000;
  if (age > MAX_RATE_AGE_DAYS) return `the ECB stopped publishing ${currency} after ${span.last}`;
  return null;
}

/** Euros for an amount at the ECB rate of its day, rounded to whole euros, with the rate used. */
export function euroValue(amount: number, currency: string, day: string, history: EcbHistory): EuroValue {
  const rate = history.rateOn(currency, day);
  if (!rate) return { eur: null, reason: missingRateReason(currency, day, history) ?? `no ECB rate for ${currency} within ${MAX_RATE_AGE_DAYS} days before ${day}` };
  return { eur: Math.round(amount / rate.rate), rate: rate.rate, rateDate: rate.date };
}
