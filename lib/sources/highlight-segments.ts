/** Where one fact's quote stands in its dispatch: JavaScript string indices, end exclusive. */
export interface QuoteRange {
  id: number;
  start: number;
  end: number;
}

/** A run of the text covered by exactly the same facts (none, for text between quotes). */
export interface TextSegment {
  text: string;
  start: number;
  end: number;
  /** The facts whose quotes cover this run, in the order their ranges were given. */
  factIds: number[];
}

/** Whether a range can be highlighted in `text`: whole indices, non-empty, inside the text. */
export function isQuoteRangeValid(text: string, range: QuoteRange): boolean {
  const { start, end } = range;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length;
}

/**
 * Splits `text` at every quote boundary, so overlapping, nested and identical quotes become
 * runs that each list every fact covering them: no character is lost or shown twice, and
 * joining the segments' text gives back `text`. Throws a RangeError naming the first bad range.
 */
export function highlightSegments(text: string, ranges: readonly QuoteRange[]): TextSegment[] {
  const seen = new Set<number>();
  for (const range of ranges) {
    if (!isQuoteRangeValid(text, range)) {
      throw new RangeError(`fact ${range.id}: quote range ${range.start}–${range.end} is not a non-empty range inside a text of ${text.length} characters`);
    }
    if (seen.has(range.id)) throw new RangeError(`fact ${range.id} is given more than one quote range`);
    seen.add(range.id);
  }

  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    // Cuts fall on every start and end, so a range covers a run exactly when it contains the run's start.
    const factIds = ranges.filter((r) => r.start <= start && start < r.end).map((r) => r.id);
    segments.push({ text: text.slice(start, end), start, end, factIds });
  }
  return segments;
}
