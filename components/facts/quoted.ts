const OPENING_QUOTE = /^["“„«'‘]/;

/** Wraps a quote in quotation marks unless the sentence itself opens with one. */
export function quoted(text: string): string {
  return OPENING_QUOTE.test(text) ? text : `“${text}”`;
}
