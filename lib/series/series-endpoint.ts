import { getDb } from "../db/client";
import { csvHeaders, csvText } from "../csv/csv-response";
import { exportFilename } from "../csv/export-filename";
import { getSeries } from "./get-series";
import { seriesSchema } from "./series-contract";
import { seriesCsvColumns, seriesCsvRecords } from "./series-csv";
import { SERIES_KEYS, SERIES_LIST_KEYS, seriesQuery, type SeriesQuery } from "./series-query";

/** How GET /api/series and /api/series.csv read their query (lib/http/route.ts). */
export const seriesQuerySpec = { schema: seriesQuery, keys: SERIES_KEYS, listKeys: SERIES_LIST_KEYS };

// The handler checks its own answer against the schema the client checks, outside production.
const CHECK_RESPONSES = process.env.NODE_ENV !== "production";

/** Aggregated numbers as JSON, or the same rows as CSV. */
export async function seriesResponse(q: SeriesQuery, forceFormat?: "csv"): Promise<Response> {
  const series = await getSeries(getDb(), q);
  if ((forceFormat ?? q.format) === "csv") {
    const records = seriesCsvRecords(series);
    const limited = series.groups !== null && series.groups > series.limit ? [`top-${series.limit}-of-${series.groups}`] : [];
    const filename = exportFilename("series", q, [series.metrics.join("-"), `by-${series.by}`, ...(series.split ? [`split-${series.split}`] : []), ...limited]);
    return new Response(csvText(records, seriesCsvColumns(series)), { headers: csvHeaders(filename) });
  }
  return Response.json(CHECK_RESPONSES ? seriesSchema(series.metrics).parse(series) : series);
}
