import { getDb } from "../db/client";
import { csvHeaders, csvText } from "../csv/csv-response";
import { exportFilename } from "../csv/export-filename";
import { getSeries } from "./get-series";
import { SERIES_KEYS, SERIES_LIST_KEYS, seriesQuery, type SeriesQuery } from "./series-query";

/** How GET /api/series and /api/series.csv read their query (lib/http/route.ts). */
export const seriesQuerySpec = { schema: seriesQuery, keys: SERIES_KEYS, listKeys: SERIES_LIST_KEYS };

/** Aggregated numbers as JSON, or the same rows as CSV. */
export async function seriesResponse(q: SeriesQuery, forceFormat?: "csv"): Promise<Response> {
  const series = await getSeries(getDb(), q);
  if ((forceFormat ?? q.format) === "csv") {
    const place = series.by === "place" ? ["country", "region", "lat", "lon"] : [];
    const columns = [series.by, ...(series.split ? [series.split] : []), ...place, ...series.metrics.filter((m) => m !== "facts"), "facts"];
    const records = series.rows.map((r) => ({ ...r, [series.by]: r.key, ...(series.split ? { [series.split]: r.split } : {}) }));
    const filename = exportFilename("series", q, [series.metrics.join("-"), `by-${series.by}`, ...(series.split ? [`split-${series.split}`] : [])]);
    return new Response(csvText(records, columns), { headers: csvHeaders(filename) });
  }
  return Response.json(series);
}
