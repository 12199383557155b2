import { format } from "d3-format";
import { utcFormat } from "d3-time-format";
import type { TimeBucket } from "@/lib/series/time-buckets";
import type { ApiFactOf } from "@/lib/facts/api-fact";
import { countryName } from "@/lib/countries/country-names";
import { ECB_COVERAGE } from "@/lib/rates/ecb-coverage";
import { missingRateReason } from "@/lib/rates/euro-value";

const compact = format(".3~s");
const whole = format(",.0f");

/** A count as people read it: 33743 → "33,743". */
export function formatCount(value: number): string {
  return whole(value);
}

/** 5.8e9 → "5.8B", 777e6 → "777M", 42 → "42" (SI "G" reads as billions to our readers). */
export function formatCompact(value: number): string {
  if (Math.abs(value) < 10_000) return whole(value);
  return compact(value).replace("G", "B");
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return "not stated";
  return Number.isInteger(value) ? whole(value) : format(",.2~f")(value);
}

export function formatEur(value: number | null | undefined): string {
  return value === null || value === undefined ? "not converted" : `€${formatCompact(value)}`;
}

export function formatMoney(value: number, currency: string): string {
  return `${currency} ${formatCompact(value)}`;
}

/**
 * An aid amount's euro value as a reader should see it: the euros with the ECB rate and its
 * day, or why there are none ("no euro value: the ECB stopped publishing RUB after 2022-03-01").
 */
export function formatEuroValue(fact: Pick<ApiFactOf<"aid">, "amountEur" | "rateUsed" | "rateDate" | "currency" | "date">): string {
  if (fact.amountEur !== null) {
    if (fact.rateUsed !== null && fact.currency !== "EUR") return `${formatEur(fact.amountEur)} (at ${fact.rateUsed} ${fact.currency} per euro, ECB ${fact.rateDate ?? ""})`.replace(" )", ")");
    return formatEur(fact.amountEur);
  }
  if (!fact.currency) return "no amount";
  const reason = missingRateReason(fact.currency, fact.date, ECB_COVERAGE);
  return `no euro value: ${reason ?? "not converted"}`;
}

/** A country code where a name belongs (Donor, Claimant, Attacker, Place columns). */
export function formatCountry(code: string | null | undefined, missing = "Not stated"): string {
  return code ? countryName(code) : missing;
}

const dayFmt = utcFormat("%-d %b %Y");
const monthFmt = utcFormat("%b %Y");

/** "2025-12-31" → "31 Dec 2025". */
export function formatDay(day: string): string {
  return dayFmt(new Date(`${day}T00:00:00Z`));
}

/** The label of a time bucket that starts on `day` (YYYY-MM-DD). */
export function formatBucket(day: string, bucket: TimeBucket): string {
  const d = new Date(`${day}T00:00:00Z`);
  switch (bucket) {
    case "day":
      return dayFmt(d);
    case "week":
      return `Week of ${dayFmt(d)}`;
    case "month":
      return monthFmt(d);
    case "year":
      return String(d.getUTCFullYear());
  }
}
