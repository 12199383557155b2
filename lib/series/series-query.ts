import { z } from "zod";
import { TIME_BUCKETS } from "../db/dialect";
import { checkFilterConsistency, factFilterShape, FILTER_LIST_KEYS } from "../facts/filters";
import { list, oneOf, wholeNumber } from "../http/query-schemas";
import { DIMENSION_NAMES } from "./dimensions";
import { METRIC_NAMES } from "./metrics";

export const GROUPINGS = ["auto", ...TIME_BUCKETS, ...DIMENSION_NAMES] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** GET /api/series: which numbers, grouped how, under the shared filters. */
export const seriesQuery = z
  .object({
    ...factFilterShape,
    metric: list(oneOf("metric", METRIC_NAMES), 8).default(["facts"]),
    by: oneOf("by", GROUPINGS).default("auto"),
    split: oneOf("split", DIMENSION_NAMES).optional(),
    limit: wholeNumber("limit", 1, 1000, " groups").default(200),
    format: oneOf("format", ["json", "csv"] as const).default("json"),
  })
  .superRefine(checkFilterConsistency)
  .superRefine((q, ctx) => {
    if (q.split && q.split === q.by) ctx.addIssue({ code: "custom", path: ["split"], message: `split "${q.split}" repeats by: choose another dimension` });
  });

export type SeriesQuery = z.output<typeof seriesQuery>;
export const SERIES_KEYS = [...Object.keys(factFilterShape), "metric", "by", "split", "limit", "format"];
export const SERIES_LIST_KEYS = [...FILTER_LIST_KEYS, "metric"];
