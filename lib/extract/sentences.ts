/**
 * Splits a dispatch into sentences that keep their offsets in the original text, so a quote
 * can always be sliced back out of it. Lines without closing punctuation are headings: they
 * start a new section, which bounds how far a fact may borrow a date or place from context.
 */

export interface Sentence {
  text: string;
  /** Offsets in the dispatch text: dispatch.slice(start, end) === text. */
  start: number;
  end: number;
  index: number;
  paragraph: number;
  section: number;
  isHeading: boolean;
}

// Words whose trailing period does not end a sentence.
const ABBREVIATION_BEFORE_DOT =
  /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|approx|Inc|Ltd|Co|[A-Z]|U\.S|U\.K|e\.g|i\.e|a\.m|p\.m)$/;

// A boundary: closing punctuation, optional closing quotes/brackets, then space and a
// capital, digit or opening quote — or the end of the line.
const BOUNDARY = /[.!?…]+["”’)\]]*(?=\s+["“‘(\[]?[A-Z0-9\u0400-\u04FF]|\s*$)/g;

function looksLikeHeading(line: string): boolean {
  if (line.length > 160) return false;
  if (/[.!…:;,]["”’)\]]*$/.test(line)) return false;
  // A heading is a single phrase: no sentence boundary inside it.
  return !/[.!?]\s+[A-Z]/.test(line);
}

function splitLine(line: string, lineStart: number): Array<{ text: string; start: number; end: number }> {
  const parts: Array<{ text: string; start: number; end: number }> = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    const cut = m.index + m[0].length;
    if (m[0].startsWith(".") && ABBREVIATION_BEFORE_DOT.test(line.slice(Math.max(0, m.index - 6), m.index))) {
      continue;
    }
    pushTrimmed(parts, line, from, cut, lineStart);
    from = cut;
  }
  pushTrimmed(parts, line, from, line.length, lineStart);
  return parts;
}

function pushTrimmed(
  parts: Array<{ text: string; start: number; end: number }>,
  line: string,
  from: number,
  to: number,
  lineStart: number,
): void {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(line[a] ?? "")) a++;
  while (b > a && /\s/.test(line[b - 1] ?? "")) b--;
  if (b > a) parts.push({ text: line.slice(a, b), start: lineStart + a, end: lineStart + b });
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = -1;
  let section = 0;
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const here = lineStart;
    lineStart += line.length + 1;
    if (!line.trim()) continue;
    paragraph++;
    const heading = looksLikeHeading(line.trim());
    if (heading && sentences.length > 0) section++;
    for (const part of heading ? splitLineAsOne(line, here) : splitLine(line, here)) {
      sentences.push({ ...part, index: sentences.length, paragraph, section, isHeading: heading });
    }
  }
  return sentences;
}

function splitLineAsOne(line: string, lineStart: number): Array<{ text: string; start: number; end: number }> {
  const parts: Array<{ text: string; start: number; end: number }> = [];
  pushTrimmed(parts, line, 0, line.length, lineStart);
  return parts;
}
