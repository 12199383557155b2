/**
 * Amounts of money in a sentence: "$2.4 billion", "€500m", "EUR 400 million", "5.8 billion
 * crowns", "600m euros", "13.3 billion Swedish crowns". An amount right after another in
 * parentheses or after "or about" is the first one's equivalent, not a second amount.
 */
import { CURRENCY_CODES, CURRENCY_NAMES_SOURCE, SYMBOLS, currencyOfName } from "./currencies";
import { allMatches } from "./matches";
import { NUMBER_WORDS_SOURCE, parseNumberWords } from "./number-words";
import { SCALE_WORDS_SOURCE, parseDigits, scaled } from "./numbers";

export interface MoneyMention {
  amount: number;
  currency: string;
  start: number;
  end: number;
  /** The euro figure stated right after it ("(777 million euros)"), if any. */
  statedEur: number | null;
  /** True when this amount only restates the previous one in another currency. */
  isEquivalent: boolean;
  /** The same money as stated in other currencies ("1 billion euros ($1.1 billion)"). */
  equivalents: Array<{ amount: number; currency: string }>;
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)`;
// Headlines capitalize ("$100 Million").
// Every spelling of a magnitude (numbers.ts), and after a currency "tn" (not tonnes there) and the single letters too: "$5m", "€1.5b", "$500k".
const SCALE = String.raw`(?:\s?-?\s?(${SCALE_WORDS_SOURCE}|[Tt][Nn]\b|[MmBbKk]\b))?`;
const SYMBOL = Object.keys(SYMBOLS).sort((a, b) => b.length - a.length).map((s) => s.replace(/\$/g, "\\$")).join("|");
const CODE = CURRENCY_CODES.join("|");

const SYMBOL_FIRST = new RegExp(String.raw`(?<![\w$])(${SYMBOL}|\b(?:${CODE})\b)\s?${NUM}${SCALE}`, "g");
// Currency words first, then the amount just before each: far cheaper than one regex that
// tries every word of the sentence as the start of an amount.
const CURRENCY_WORD = new RegExp(String.raw`\b(?:${CURRENCY_NAMES_SOURCE}|${CODE})\b`, "gi");
const AMOUNT_BEFORE = new RegExp(
  String.raw`(?<![\w.,])(?:${NUM}|(${NUMBER_WORDS_SOURCE}))${SCALE}(?:\s+|-)(?:(?:additional|more|new|extra)\s+)?$`,
  "i",
);
// "(about US$4.8 billion)", "(abouts US$4.8 billion)", "(approx. $5m)": inside brackets right after an amount, any one
// hedge word, misspelt or abbreviated, still introduces its equivalent (not "including", "plus", "of", …).
const EQUIVALENT_GAP =
  /^\s*(?:[(\[]\s*(?:or\s+)?(?:(?!(?:including|includ\w*|plus|of|with|and|from|in|to|for|per|each|up)\b)[a-z]{1,12}\.?\s+)?|,?\s*(?:or|which is|equivalent to|roughly|some)\s+)(?:about|around|roughly|approximately|some|nearly|almost|over|~|≈)?\s*$/i;

export function findMoney(sentence: string, donor: string | null): MoneyMention[] {
  const raw: Array<Omit<MoneyMention, "statedEur" | "isEquivalent" | "equivalents">> = [];
  for (const m of allMatches(SYMBOL_FIRST, sentence)) {
    const unit = m[1] ?? "";
    const currency = SYMBOLS[unit] ?? unit.toUpperCase();
    raw.push({ amount: scaled(parseDigits(m[2] ?? ""), normalizeScale(m[3])), currency, start: m.index, end: m.index + m[0].length });
  }
  for (const w of allMatches(CURRENCY_WORD, sentence)) {
    const windowStart = Math.max(0, w.index - 60);
    const m = AMOUNT_BEFORE.exec(sentence.slice(windowStart, w.index));
    if (!m) continue;
    const name = w[0];
    const currency = CURRENCY_CODES.includes(name.toUpperCase()) ? name.toUpperCase() : currencyOfName(name, donor);
    const base = m[1] ? parseDigits(m[1]) : parseNumberWords(m[2] ?? "");
    if (!currency || base === null) continue;
    const start = windowStart + m.index;
    const end = w.index + name.length;
    if (raw.some((r) => start < r.end && end > r.start)) continue;
    raw.push({ amount: scaled(base, normalizeScale(m[3])), currency, start, end });
  }
  raw.sort((a, b) => a.start - b.start);

  const out: MoneyMention[] = [];
  for (const r of raw) {
    const prev = out[out.length - 1];
    const equivalent = !!prev && EQUIVALENT_GAP.test(sentence.slice(prev.end, r.start));
    if (prev && equivalent) {
      if (r.currency === "EUR" && prev.statedEur === null) prev.statedEur = r.amount;
      prev.equivalents.push({ amount: r.amount, currency: r.currency });
    }
    out.push({ ...r, statedEur: r.currency === "EUR" ? r.amount : null, isEquivalent: equivalent, equivalents: [] });
  }
  // "($1 = 6.9626 Danish crowns)": an exchange-rate note states no amount of money on either side of "=".
  return out.filter((m) => m.amount > 0 && !RATE_NOTE_BEFORE.test(sentence.slice(Math.max(0, m.start - 4), m.start)) && !RATE_NOTE_AFTER.test(sentence.slice(m.end, m.end + 4)));
}

const RATE_NOTE_BEFORE = /=\s*$/;
const RATE_NOTE_AFTER = /^\s*=/;

function normalizeScale(s: string | undefined): string | undefined {
  if (!s) return undefined;
  return s.toLowerCase();
}
