import { getDb } from "../db/client";
import { csvHeaders, csvStream } from "../csv/csv-response";
import { exportFilename } from "../csv/export-filename";
import { errorResponse } from "../http/error-response";
import { searchParamsToObject } from "../http/search-params";
import { factCsvColumns, factToCsvRecord } from "./fact-csv";
import { FACTS_KEYS, FACTS_LIST_KEYS, factsQuery } from "./facts-query";
import { getFactPage, iterateFacts } from "./get-facts";

async function* csvRecords(facts: AsyncIterable<Parameters<typeof factToCsvRecord>[0]>) {
  for await (const fact of facts) yield factToCsvRecord(fact);
}

/** GET /api/facts (JSON page or, with format=csv, every matching fact streamed as CSV). */
export async function handleFactsRequest(request: Request, forceFormat?: "csv"): Promise<Response> {
  try {
    const params = new URL(request.url).searchParams;
    const q = factsQuery.parse(searchParamsToObject(params, FACTS_KEYS, FACTS_LIST_KEYS));
    const db = getDb();
    if ((forceFormat ?? q.format) === "csv") {
      const stream = csvStream(csvRecords(iterateFacts(db, q)), factCsvColumns(q.kind));
      return new Response(stream, { headers: csvHeaders(exportFilename("facts", q)) });
    }
    const page = await getFactPage(db, q, q.limit, q.cursor);
    return Response.json(page);
  } catch (err) {
    return errorResponse(err);
  }
}
