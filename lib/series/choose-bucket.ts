import type { TimeBucket } from "../db/dialect";

/**
 * The most periods a time chart draws: about 4.5 px a bar at 1280 px, so the 202 weeks of
 * 24 Feb 2022 – 31 Dec 2025 still fit as weeks. Every period of the range is always drawn:
 * a range that would need more than this gets a coarser bucket, never a cut.
 */
export const MAX_PERIODS = 260;

const BUCKETS: TimeBucket[] = ["day", "week", "month", "year"];
const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

/** How many buckets of a kind [from, to] touches (partial ones at either end count). */
export function countPeriods(from: string, to: string, bucket: TimeBucket): number {
  const [fy, fm] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  switch (bucket) {
    case "day":
      return dayNumber(to) - dayNumber(from) + 1;
    case "week": {
      // 1970-01-01 was a Thursday: day 4 is the first Monday, so (n - 4) / 7 numbers ISO weeks.
      const week = (day: string) => Math.floor((dayNumber(day) - 4) / 7);
      return week(to) - week(from) + 1;
    }
    case "month":
      return (ty - fy) * 12 + (tm - fm) + 1;
    case "year":
      return ty - fy + 1;
  }
}

/** The finest bucket whose periods over [from, to] fit in MAX_PERIODS (days when the range is open). */
export function chooseBucket(from: string | null, to: string | null, maxPeriods = MAX_PERIODS): TimeBucket {
  if (!from || !to) return "day";
  return BUCKETS.find((b) => countPeriods(from, to, b) <= maxPeriods) ?? "year";
}
