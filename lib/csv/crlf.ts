const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Turns the LF record ends of a CSV byte stream into CRLF (RFC 4180), leaving line breaks inside
 * quoted fields as they are. PostgreSQL's COPY … WITH (FORMAT csv) ends records with LF only (and
 * quotes every field that holds a CR or LF, so an LF outside quotes always ends a record).
 * Stateful across chunks, since a quoted field may span two. Every `"` toggles "inside quotes",
 * which stays right for the doubled "" of an escaped quote.
 */
export function crlfRecordEnds(): (chunk: Uint8Array) => Uint8Array {
  let quoted = false;
  return (chunk) => {
    const out = new Uint8Array(chunk.length * 2);
    let o = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === QUOTE) quoted = !quoted;
      else if (b === LF && !quoted) out[o++] = CR;
      out[o++] = b;
    }
    return out.subarray(0, o);
  };
}
