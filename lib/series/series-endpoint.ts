import { getDb } from "../db/client";
import { csvHeaders, csvText } from "../csv/csv-response";
import { exportFilename } from "../csv/export-filename";
import { errorResponse } from "../http/error-response";
import { searchParamsToObject } from "../http/search-params";
import { getSeries } from "./get-series";
import { SERIES_KEYS, SERIES_LIST_KEYS, seriesQuery } from "./series-query";

/** GET /api/series: aggregated numbers as JSON, or the same rows as CSV. */
export async function handleSeriesRequest(request: Request, forceFormat?: "csv"): Promise<Response> {
  try {
    const params = new URL(request.url).searchParams;
    const q = seriesQuery.parse(searchParamsToObject(params, SERIES_KEYS, SERIES_LIST_KEYS));
    const series = await getSeries(getDb(), q);
    if ((forceFormat ?? q.format) === "csv") {
      const place = series.by === "place" ? ["country", "region", "lat", "lon"] : [];
      const columns = [series.by, ...(series.split ? [series.split] : []), ...place, ...series.metrics.filter((m) => m !== "facts"), "facts"];
      const records = series.rows.map((r) => ({ ...r, [series.by]: r.key, ...(series.split ? { [series.split]: r.split } : {}) }));
      const filename = exportFilename("series", q, [series.metrics.join("-"), `by-${series.by}`, ...(series.split ? [`split-${series.split}`] : [])]);
      return new Response(csvText(records, columns), { headers: csvHeaders(filename) });
    }
    return Response.json(series);
  } catch (err) {
    return errorResponse(err);
  }
}
