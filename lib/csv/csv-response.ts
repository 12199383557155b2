import { stringify } from "csv-stringify/sync";
import { neutralizeFormula } from "./neutralize-formula";

export type CsvRecord = Record<string, unknown>;

// csv-stringify only quotes a bare "\n" when it equals the record delimiter; RFC 4180 wants
// every field holding a line break quoted, or spreadsheets split the row.
function toCsv(records: CsvRecord[], columns: string[], header: boolean): string {
  return stringify(
    records.map((r) => columns.map((c) => neutralizeFormula(r[c] ?? null))),
    { header, columns, record_delimiter: "\r\n", quoted_match: /[\r\n]/, cast: { boolean: (b) => (b ? "true" : "false") } },
  );
}

/** RFC 4180 CSV (CRLF, quoted where needed, a header row) of an in-memory list of records. */
export function csvText(records: CsvRecord[], columns: string[]): string {
  return toCsv(records, columns, true);
}

/**
 * Streams CSV from an async source of records: the header goes out at once, then a batch at a
 * time as the database yields it, so memory stays flat whatever the row count.
 */
export function csvStream(records: AsyncIterable<CsvRecord>, columns: string[], batchSize = 500): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = records[Symbol.asyncIterator]();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(`${columns.join(",")}\r\n`));
        return;
      }
      const batch: CsvRecord[] = [];
      while (batch.length < batchSize) {
        const next = await iterator.next();
        if (next.done) break;
        batch.push(next.value);
      }
      if (batch.length) controller.enqueue(encoder.encode(toCsv(batch, columns, false)));
      if (batch.length < batchSize) controller.close();
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}

export function csvHeaders(filename: string): HeadersInit {
  return {
    "Content-Type": "text/csv; charset=utf-8; header=present",
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "no-store",
  };
}
