/**
 * The time buckets a series can be grouped by, as plain constants: the browser needs them to read
 * a series, and the SQL that computes them (lib/db/dialect.ts) would bring Prisma's runtime along.
 */
export const TIME_BUCKETS = ["day", "week", "month", "year"] as const;
export type TimeBucket = (typeof TIME_BUCKETS)[number];

/** The time bucket a series over time came back in (days until it has loaded). */
export function timeBucketOf(series: { by: string } | undefined): TimeBucket {
  const by = series?.by;
  return by && (TIME_BUCKETS as readonly string[]).includes(by) ? (by as TimeBucket) : "day";
}
