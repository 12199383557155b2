/**
 * Finds the numbers a sentence states — in digits ("1,200", "5.8 billion") or words ("six",
 * "a dozen") — with their offsets inside the sentence. Whether a number counts anything is
 * decided later (non-counts.ts); here we only read it.
 */
import { NUMBER_WORDS_SOURCE, parseNumberWords } from "./number-words";

export interface NumberMention {
  value: number;
  /** Offsets inside the sentence text. */
  start: number;
  end: number;
  raw: string;
  isWord: boolean;
}

const SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  // Abbreviations of the wire services and of other languages' press: mn, mln, mil., mio (million),
  // bn, bln, mrd (Milliarde: billion), tn, trn (trillion); after a currency only, m, b, k alone.
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, mio: 1e6, b: 1e9, bn: 1e9, bln: 1e9, mrd: 1e9, tn: 1e12, trn: 1e12,
};

/**
 * The spellings of a magnitude after a number, in any case ("million", "Million", "MILLION", "mln",
 * "Mln", "MLN", "mil.", "Mrd"), glued to it or not ("$165Mln", "5 bln"), a dot after an abbreviation
 * taken with it. The full words and the multi-letter abbreviations; money.ts adds the single letters.
 */
const ci = (w: string) => [...w].map((c) => `[${c.toUpperCase()}${c}]`).join("");
export const SCALE_WORDS_SOURCE =
  String.raw`(?:(?:${["thousand", "million", "billion", "trillion"].map(ci).join("|")})\b|(?:${["bln", "mln", "mio", "mrd", "trn", "bn", "mn"].map(ci).join("|")})\b\.?|[Mm]il\.)`;

// Not preceded by a letter-hyphen (F-16, Su-25), slash (Shahed-136/131), colon (10:30) or
// another digit group; "1,200" and "5.8" are single numbers.
const DIGITS = new RegExp(
  String.raw`(?<![\w.,/:-])(\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)(?![\w.,]\d)` +
    String.raw`(?:\s?(${SCALE_WORDS_SOURCE}))?`,
  "g",
);
const WORDS = new RegExp(NUMBER_WORDS_SOURCE + String.raw`(?:\s+(million|billion|trillion)\b)?`, "gi");

export function parseDigits(raw: string): number {
  return Number(raw.replace(/,/g, ""));
}

/** Multiplies by a scale and rounds away binary noise (5.8 * 1e9 is exactly 5800000000). */
export function scaled(value: number, scale: string | undefined): number {
  const factor = scale ? (SCALES[scale.toLowerCase().replace(/\.$/, "")] ?? 1) : 1;
  return factor === 1 ? value : Math.round(value * factor);
}

export function findNumbers(sentence: string): NumberMention[] {
  const found: NumberMention[] = [];
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(sentence); m; m = DIGITS.exec(sentence)) {
    const value = scaled(parseDigits(m[1] ?? ""), m[2]);
    found.push({ value, start: m.index, end: m.index + m[0].length, raw: m[0], isWord: false });
  }
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(sentence); m; m = WORDS.exec(sentence)) {
    const base = m[0].slice(0, m[0].length - (m[1] ? m[1].length : 0)).trim();
    const parsed = parseNumberWords(base);
    if (parsed === null) continue;
    found.push({
      value: scaled(parsed, m[1]),
      start: m.index,
      end: m.index + m[0].length,
      raw: m[0],
      isWord: true,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
