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

/**
 * SQLite's LOWER and LIKE fold ASCII only ("київ" missed "Київ"), so on SQLite a column is
 * lower-cased by fold_case, a JavaScript function the read pool registers on each connection
 * (lib/db/read-pool/sqlite-read-worker.mjs): queries using it must run there (heavyRows). On
 * PostgreSQL, lower() folds by the collation's LC_CTYPE, which our databases set to 'C'
 * (ASCII only, docs/postgresql.md), so it is given ICU's root collation, which folds all of Unicode.
 */
export const SQLITE_FOLD_CASE = "fold_case";

/**
 * Whether a text column contains `text`, case folded for all of Unicode, every character of
 * `text` taken literally (no LIKE wildcards). A NULL column contains nothing.
 */
export function foldedContainsSql(column: string, text: string, provider: Provider): Sql {
  const col = raw(column);
  if (provider === "postgresql") return sql`strpos(lower(${col} COLLATE "und-x-icu"), lower(CAST(${text} AS TEXT) COLLATE "und-x-icu")) > 0`;
  const needle = text.toLowerCase();
  // An ASCII search matches only ASCII text, which SQLite's own LOWER folds (bar oddities such as
  // the Kelvin sign): the native function is twice as fast as a call into JavaScript per row
  // (0.8 s against 1.7 s over 200,000 facts), so English searches cost what they did.
  if (/^[\x00-\x7f]*$/.test(needle)) return sql`instr(lower(${col}), ${needle}) > 0`;
  // The same toLowerCase as fold_case, so both sides fold alike.
  return sql`instr(${raw(SQLITE_FOLD_CASE)}(${col}), ${needle}) > 0`;
}
