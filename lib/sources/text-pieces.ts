import { highlightSegments, type QuoteRange } from "./highlight-segments";

/** A run of one paragraph covered by the same facts, with its exact offset in the stored text. */
export interface TextPiece {
  text: string;
  /** JavaScript string index of the piece's first character in the stored text. */
  start: number;
  factIds: number[];
  /** Facts whose quote begins at this piece: their numbers are shown here. */
  startsFacts: number[];
  /** Facts whose quote ends at this piece. */
  endsFacts: number[];
}

/**
 * The stored text as paragraphs (split at line breaks) of pieces that each know their offset,
 * so a selection in the rendered text maps back to the stored text exactly. Where a quote begins
 * or ends on a line break, it is moved to the nearest piece that is drawn.
 */
export function toParagraphPieces(text: string, ranges: readonly QuoteRange[]): TextPiece[][] {
  const paragraphs: TextPiece[][] = [[]];
  let pendingStarts: number[] = [];
  for (const segment of highlightSegments(text, ranges)) {
    pendingStarts.push(...ranges.filter((r) => r.start === segment.start).map((r) => r.id));
    let offset = segment.start;
    let last: TextPiece | undefined;
    segment.text.split("\n").forEach((line, i) => {
      if (i > 0) {
        paragraphs.push([]);
        offset += 1; // the line break itself is not rendered
      }
      if (line !== "") {
        last = { text: line, start: offset, factIds: segment.factIds, startsFacts: pendingStarts, endsFacts: [] };
        paragraphs.at(-1)!.push(last);
        pendingStarts = [];
      }
      offset += line.length;
    });
    if (last) last.endsFacts = ranges.filter((r) => r.end === segment.end).map((r) => r.id);
  }
  return paragraphs.filter((p) => p.length > 0);
}
