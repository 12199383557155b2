import { getDb } from "../db/client";
import { csvHeaders, csvStream } from "../csv/csv-response";
import { exportFilename } from "../csv/export-filename";
import { errorResponse } from "../http/error-response";
import { searchParamsToObject } from "../http/search-params";
import { factCsvColumns } from "./fact-csv";
import { factCsvRecords } from "./fact-export";
import { factListOptions, FACTS_KEYS, FACTS_LIST_KEYS, factsQuery } from "./facts-query";
import { getFactPage } from "./get-facts";


/** GET /api/facts (JSON page or, with format=csv, every matching fact streamed as CSV). */
export async function handleFactsRequest(request: Request, forceFormat?: "csv"): Promise<Response> {
  try {
    const params = new URL(request.url).searchParams;
    const q = factsQuery.parse(searchParamsToObject(params, FACTS_KEYS, FACTS_LIST_KEYS));
    const db = getDb();
    if ((forceFormat ?? q.format) === "csv") {
      const columns = factCsvColumns(q.kind);
      return new Response(csvStream(factCsvRecords(db, q, columns), columns), { headers: csvHeaders(exportFilename("facts", q)) });
    }
    const page = await getFactPage(db, q, factListOptions(q));
    return Response.json(page);
  } catch (err) {
    return errorResponse(err);
  }
}
