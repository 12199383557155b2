import { csvLine } from "./csv-line";

export type CsvRecord = Record<string, unknown>;

/** RFC 4180 CSV (CRLF, quoted where needed, a header row) of an in-memory list of records. */
export function csvText(records: CsvRecord[], columns: string[]): string {
  return csvLine(columns) + records.map((r) => csvLine(columns.map((c) => r[c] ?? null))).join("");
}

/**
 * Streams CSV from an async source of text or UTF-8 bytes, each piece one or more records: the
 * header goes out at once, then a piece at a time as the database yields it, so memory holds one
 * piece whatever the row count, and a slow reader slows the database reads (pull, not push).
 */
export function csvStream(records: AsyncIterable<string | Uint8Array>, columns: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = records[Symbol.asyncIterator]();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(csvLine(columns)));
        return;
      }
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(typeof next.value === "string" ? encoder.encode(next.value) : next.value);
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
