import { z } from "zod";
import { TIME_BUCKETS } from "./time-buckets";
import { DIMENSION_NAMES } from "./dimensions";
import { METRIC_NAMES, type MetricName } from "./metrics";

/**
 * GET /api/series as a schema: what the route handler sends and the client checks. Rows are typed
 * by the metrics asked for, so `row.injured` is a number or null and `row.injurd` does not compile.
 */

const seriesRowBase = z.object({
  /** The period's first day, or the group's value; null where the reports do not state it (or on Other). */
  key: z.string().nullable(),
  split: z.string().nullable().optional(),
  /** For by=place: where to draw it (null on the Other row). */
  country: z.string().nullable().optional(),
  region: z.string().nullable().optional(),
  lat: z.number().nullable().optional(),
  lon: z.number().nullable().optional(),
  facts: z.number().int().nonnegative(),
  exampleFactId: z.number().int().positive().optional(),
  /** The row that carries every group beyond the top `limit` (per period or split value). */
  other: z.literal(true).optional(),
});

type MetricColumns<M extends MetricName> = { [K in Exclude<M, "facts">]: number | null };
export type SeriesRow<M extends MetricName = never> = z.infer<typeof seriesRowBase> & MetricColumns<M>;

const seriesEnvelope = z.object({
  metrics: z.array(z.enum(METRIC_NAMES)),
  by: z.enum([...TIME_BUCKETS, ...DIMENSION_NAMES]),
  split: z.enum(DIMENSION_NAMES).nullable(),
  /** How many groups there are in all (places, donors, split values); null for a plain time series. */
  groups: z.number().int().nonnegative().nullable(),
  /** How many of them are shown separately; the rest are summed into the Other row(s). */
  limit: z.number().int().positive(),
});

export type Series<M extends MetricName = never> = z.infer<typeof seriesEnvelope> & { rows: SeriesRow<M>[] };

/** The schema of a series with these metrics. */
export function seriesSchema<M extends MetricName>(metrics: readonly M[]): z.ZodType<Series<M>> {
  const columns = Object.fromEntries(metrics.filter((m) => m !== "facts").map((m) => [m, z.number().nullable()]));
  return seriesEnvelope.extend({ rows: z.array(seriesRowBase.extend(columns)) }) as unknown as z.ZodType<Series<M>>;
}

/** Is this the Other row (the groups beyond the top N)? */
export const isOtherRow = (row: { other?: true }) => row.other === true;

export { timeBucketOf } from "./time-buckets";
