import { format, utcFormat } from "d3";
import type { TimeBucket } from "@/lib/db/dialect";

const compact = format(".3~s");
const whole = format(",.0f");

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

const dayFmt = utcFormat("%-d %b %Y");
const monthFmt = utcFormat("%b %Y");

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
