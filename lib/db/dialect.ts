import type { TimeBucket } from "../series/time-buckets";
import { raw, sql, type Sql } from "./sql";

export { TIME_BUCKETS, type TimeBucket } from "../series/time-buckets";
export type Provider = "sqlite" | "postgresql";

/**
 * The one place SQL differs between providers: the first day (YYYY-MM-DD) of the bucket that
 * contains an ISO-day text column. Weeks start on Monday (ISO 8601).
 */
export function timeBucketSql(column: string, bucket: TimeBucket, provider: Provider): Sql {
  const col = raw(column);
  switch (bucket) {
    case "day":
      return sql`${col}`;
    case "week":
      return provider === "sqlite"
        ? sql`date(${col}, 'weekday 0', '-6 days')`
        : sql`to_char(date_trunc('week', ${col}::date), 'YYYY-MM-DD')`;
    case "month":
      return sql`(substr(${col}, 1, 7) || '-01')`;
    case "year":
      return sql`(substr(${col}, 1, 4) || '-01-01')`;
  }
}
