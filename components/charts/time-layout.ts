import type { ScaleTime } from "d3-scale";
import { stack, stackOrderNone } from "d3-shape";
import { utcDay, utcMonth, utcYear } from "d3-time";
import { utcFormat } from "d3-time-format";
import type { TimeBucket } from "@/lib/series/time-buckets";
import { BUCKET_INTERVAL, parseDay } from "./time-intervals";

/** At least this many buckets on an axis with no filter range, so one day of data is a bar, not a wall. */
export const MIN_BUCKETS = 14;
const DAY_MS = 86_400_000;

/**
 * The time axis' domain: exactly the filter's range when it has one (From = 1 Oct starts the axis
 * on 1 Oct, even mid-week), otherwise the data's buckets, padded to MIN_BUCKETS.
 */
export function timeDomain(bucket: TimeBucket, buckets: string[], from?: string, to?: string): [Date, Date] {
  const interval = BUCKET_INTERVAL[bucket];
  const sorted = [...buckets].sort();
  const first = from ?? sorted[0];
  const last = to ?? sorted.at(-1);
  if (!first || !last) return [parseDay("2022-01-01"), parseDay("2022-01-15")];
  let start = from ? parseDay(from) : interval.floor(parseDay(first));
  let end = to ? new Date(parseDay(to).getTime() + DAY_MS) : interval.offset(interval.floor(parseDay(last)), 1);
  const short = MIN_BUCKETS - interval.count(interval.floor(start), interval.ceil(end));
  if (short > 0 && !from && !to) {
    start = interval.offset(start, -Math.floor(short / 2));
    end = interval.offset(end, Math.ceil(short / 2));
  }
  return [start, end];
}

/** A bucket's span on the axis, cut to the domain (the first week of a range starting mid-week is partial). */
export function bucketSpan(x: ScaleTime<number, number>, bucket: TimeBucket, day: string): { x0: number; x1: number } {
  const start = parseDay(day);
  const [lo, hi] = x.range() as [number, number];
  return { x0: Math.max(lo, x(start)), x1: Math.min(hi, x(BUCKET_INTERVAL[bucket].offset(start, 1))) };
}

export interface TimeValue {
  bucket: string;
  series: string;
  value: number;
}

export interface StackedSegment<D extends TimeValue> {
  datum: D;
  y0: number;
  y1: number;
}

/**
 * Stacks the series of each bucket with d3.stack, in the legend's order (stack), or draws each
 * from zero (overlay: for figures where one is part of another). Returns one segment per datum.
 */
export function stackSegments<D extends TimeValue>(data: D[], seriesOrder: string[], layout: "stack" | "overlay"): StackedSegment<D>[] {
  if (layout === "overlay") return data.map((datum) => ({ datum, y0: 0, y1: datum.value }));
  const byBucket = new Map<string, Map<string, D>>();
  for (const d of data) {
    const row = byBucket.get(d.bucket) ?? new Map<string, D>();
    row.set(d.series, d);
    byBucket.set(d.bucket, row);
  }
  const known = new Set(seriesOrder);
  const keys = [...seriesOrder, ...new Set(data.map((d) => d.series).filter((s) => !known.has(s)))];
  const buckets = [...byBucket.keys()].sort();
  const layers = stack<string, string>()
    .keys(keys)
    .value((bucket, key) => byBucket.get(bucket)?.get(key)?.value ?? 0)
    .order(stackOrderNone)(buckets);
  const segments: StackedSegment<D>[] = [];
  for (const layer of layers) {
    layer.forEach((point, i) => {
      const datum = byBucket.get(buckets[i]!)?.get(layer.key);
      if (datum) segments.push({ datum, y0: point[0], y1: point[1] });
    });
  }
  return segments.sort((a, b) => a.datum.bucket.localeCompare(b.datum.bucket) || keys.indexOf(a.datum.series) - keys.indexOf(b.datum.series));
}

const FORMAT_DAY = utcFormat("%-d %b");
const FORMAT_MONTH = utcFormat("%b");
const FORMAT_MONTH_YEAR = utcFormat("%b %Y");
const FORMAT_YEAR = utcFormat("%Y");

export interface AxisTick {
  date: Date;
  label: string;
}

/**
 * Ticks on whole days at bucket boundaries (weeks take month starts, as a Monday seldom is one).
 * The labels name the year on the first tick and on every January, so a multi-year axis names
 * each year, including a first one that starts in February.
 */
export function timeTicks(x: ScaleTime<number, number>, bucket: TimeBucket, width: number): AxisTick[] {
  const [start, end] = x.domain() as [Date, Date];
  const years = utcYear.count(start, end);
  const wanted = Math.max(2, Math.floor(width / 80));
  const align = bucket === "week" || bucket === "day" ? utcDay : BUCKET_INTERVAL[bucket];
  let dates: Date[];
  if (bucket === "year" || years >= wanted) {
    // Year labels are short: every year gets one while they fit at about 45 px each.
    dates = utcYear.every(Math.max(1, Math.ceil((years + 1) / Math.floor(width / 45))))!.range(utcYear.ceil(start), end);
    // A range that starts in, say, February gets a tick on its first month, so its first year is named too.
    const firstMonth = utcMonth.ceil(start);
    if (bucket !== "year" && (!dates[0] || utcMonth.count(firstMonth, dates[0]) >= 5)) dates.unshift(firstMonth);
  } else if (utcMonth.count(start, end) >= (bucket === "day" ? wanted : 2)) {
    const months = utcMonth.count(start, end);
    const step = [1, 2, 3, 4, 6, 12].find((s) => months / s <= wanted) ?? 12;
    dates = utcMonth.every(step)!.range(utcMonth.ceil(start), end);
  } else dates = x.ticks(wanted).filter((t) => +align.floor(t) === +t && t < end);
  const multiYear = start.getUTCFullYear() !== new Date(end.getTime() - 1).getUTCFullYear();
  const ticks = dates.map((date, i) => {
    if (bucket === "year") return { date, label: FORMAT_YEAR(date) };
    if (date.getUTCDate() !== 1) return { date, label: FORMAT_DAY(date) };
    if (!multiYear) return { date, label: bucket === "day" || bucket === "week" ? FORMAT_DAY(date) : FORMAT_MONTH(date) };
    if (date.getUTCMonth() === 0) return { date, label: FORMAT_YEAR(date) };
    return { date, label: i === 0 ? FORMAT_MONTH_YEAR(date) : FORMAT_MONTH(date) };
  });
  return withoutCollisions(ticks, x);
}

/** About how wide an 11 px axis label is. */
const labelWidth = (label: string) => label.length * 6.5 + 8;

/** Labels sit centred on their tick, except near the left edge, where they start at it (as the chart draws them). */
export const ANCHOR_START_BELOW = 20;
function fits(a: AxisTick, b: AxisTick, x: ScaleTime<number, number>): boolean {
  const xa = x(a.date);
  const right = xa < ANCHOR_START_BELOW ? xa + labelWidth(a.label) : xa + labelWidth(a.label) / 2;
  return x(b.date) - labelWidth(b.label) / 2 >= right;
}

/**
 * Labels that would overlap are thinned: a first "Mar 2022" crowding "2023" becomes "2022"; any
 * other crowded label gives way to a year label, or to the one before it.
 */
function withoutCollisions(ticks: AxisTick[], x: ScaleTime<number, number>): AxisTick[] {
  const kept: AxisTick[] = [];
  const isYear = (t: AxisTick) => /^\d{4}$/.test(t.label);
  for (const tick of ticks) {
    const last = kept.at(-1);
    if (!last) {
      kept.push(tick);
      continue;
    }
    if (fits(last, tick, x)) {
      kept.push(tick);
      continue;
    }
    if (kept.length === 1 && /\d{4}$/.test(last.label) && !isYear(last)) {
      const shortened = { date: last.date, label: FORMAT_YEAR(last.date) };
      if (fits(shortened, tick, x)) {
        kept[0] = shortened;
        kept.push(tick);
        continue;
      }
    }
    if (isYear(tick) && !isYear(last)) kept[kept.length - 1] = tick;
  }
  return kept;
}
