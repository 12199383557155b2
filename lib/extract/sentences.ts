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
  /**
   * Page furniture, not this dispatch's story: a linked story's headline ("Read more: ...",
   * "Related: ...", the items of a "Background:" list), a photo caption, or a headline line
   * with no text under it other than the title (a list of other stories after the body).
   */
  isFurniture: boolean;
}

// "Read more: ...", "RELATED: ...", "Photo: ...": a line that links or captions, not reports.
const FURNITURE_LINE =
  /^\s*(?:read\s+(?:more|also)|also\s+read|related(?:\s+(?:news|stories|articles?|coverage|content))?|see\s+also|more(?:\s+(?:on\s+this(?:\s+story)?|from\s+[\w ]{1,30}|stories|news|coverage))?|latest(?:\s+news)?|top\s+stories|most\s+read|trending|popular|editor['’]?s\s+picks?|don['’]t\s+miss|recommended|watch|listen|you\s+(?:may|might)\s+also\s+like|photos?|image|caption|illustrative\s+(?:photo|image)|file\s+photo)\b\s*[:|\-–—]/i;
// "Related:", "Read more:" alone on a line: the bullet items under it are other stories.
const LIST_LABEL = /^\s*(?:read\s+more|related(?:\s+(?:news|stories|articles?))?|see\s+also|more\s+news|also\s+read)\s*:?\s*$/i;
const BULLET = /^\s*(?:[•·▪●◦*–—-]|\d+[.)])\s+/;

// Words whose trailing period does not end a sentence.
const ABBREVIATION_BEFORE_DOT =
  /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|approx|Inc|Ltd|Co|[A-Z]|U\.S|U\.K|e\.g|i\.e|a\.m|p\.m)$/;

// A boundary: closing punctuation, optional closing quotes/brackets, then space and a
// capital, digit or opening quote — or the end of the line. A quote's elision mark may stand before the
// next sentence ("… were wounded. <…> A man was …", "[…]", "(...)").
const BOUNDARY = /[.!?…]+["”’)\]]*(?=\s+(?:[<\[(](?:…|\.\.\.)[>\])]\s+)?["“‘(\[]?[A-Z0-9\u0400-\u04FF]|\s*$)/g;

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

const SOURCE_LINE = /^\s*Source:\s/;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = -1;
  let section = 0;
  let lineStart = 0;
  let inList = false;
  for (const line of text.split("\n")) {
    const here = lineStart;
    lineStart += line.length + 1;
    if (!line.trim()) continue;
    paragraph++;
    const label = LIST_LABEL.test(line);
    // "Source: Ukraine's Air Force": a line that names the report's source is part of its story, no heading.
    const heading = looksLikeHeading(line.trim()) && !SOURCE_LINE.test(line);
    // The items under "Read more:" are bullets or bare headlines (no closing punctuation); the list
    // ends at the first line that is neither.
    inList = label || (inList && (BULLET.test(line) || heading));
    const furniture = label || inList || FURNITURE_LINE.test(line);
    if (heading && sentences.length > 0) section++;
    // "... the governor said. Read more: Russian drones injure 12 in Odesa": a link inside a paragraph
    // makes the rest of its line furniture.
    let linkedFromHere = false;
    for (const part of heading ? splitLineAsOne(line, here) : splitLine(line, here)) {
      linkedFromHere ||= FURNITURE_LINE.test(part.text);
      // Spelled out, not spread: `{ ...part }` cost two thirds of the splitting time.
      sentences.push({ text: part.text, start: part.start, end: part.end, index: sentences.length, paragraph, section, isHeading: heading, isFurniture: furniture || linkedFromHere });
    }
  }
  markOrphanHeadings(sentences);
  return sentences;
}

/**
 * A headline with no text under it (the next line is another headline, or the text ends) is a
 * linked story's, unless it is the dispatch's own title, the first line.
 */
// "Kharkiv region – 5", "nine in Poltava Oblast": an item that counts, one per line.
const COUNTED_ITEM = /[–—:-]\s*\d{1,5}\W*$|^\W{0,3}(?:\d{1,5}|[a-z]+(?:-[a-z]+)?)\s+(?:in|over|at)\s/;

/** Items of a list that a sentence of the story introduces with a colon ("… over these regions:"). */
function inIntroducedList(sentences: Sentence[], s: Sentence): boolean {
  if (!COUNTED_ITEM.test(s.text)) return false;
  let i = s.index - 1;
  while (i >= 0 && sentences[i]?.isHeading && COUNTED_ITEM.test(sentences[i]?.text ?? "")) i--;
  const intro = sentences[i];
  return !!intro && !intro.isHeading && !intro.isFurniture && /:\s*$/.test(intro.text);
}

function markOrphanHeadings(sentences: Sentence[]): void {
  for (const s of sentences) {
    if (!s.isHeading || s.index === 0) continue;
    if (inIntroducedList(sentences, s)) continue;
    const next = sentences[s.index + 1];
    if (!next || next.isHeading || next.isFurniture) s.isFurniture = true;
  }
}

function splitLineAsOne(line: string, lineStart: number): Array<{ text: string; start: number; end: number }> {
  const parts: Array<{ text: string; start: number; end: number }> = [];
  pushTrimmed(parts, line, 0, line.length, lineStart);
  return parts;
}
