import { getDb } from "../db/client";
import { csvHeaders, csvStream } from "../csv/csv-response";
import { exportFilename } from "../csv/export-filename";
import { factCsvColumns } from "./fact-csv";
import { factCsvRecords } from "./fact-export";
import { factListOptions, FACTS_KEYS, FACTS_LIST_KEYS, factsQuery, type FactsQuery } from "./facts-query";
import { getFactPage } from "./get-facts";

/** How GET /api/facts and /api/facts.csv read their query (lib/http/route.ts). */
export const factsQuerySpec = { schema: factsQuery, keys: FACTS_KEYS, listKeys: FACTS_LIST_KEYS };

/** A JSON page of facts or, with format=csv, every matching fact streamed as CSV. */
export async function factsResponse(q: FactsQuery, forceFormat?: "csv"): Promise<Response> {
  const db = getDb();
  if ((forceFormat ?? q.format) === "csv") {
    const columns = factCsvColumns(q.kind);
    return new Response(csvStream(factCsvRecords(db, q, columns), columns), { headers: csvHeaders(exportFilename("facts", q)) });
  }
  return Response.json(await getFactPage(db, q, factListOptions(q)));
}
