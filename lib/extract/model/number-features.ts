/**
 * What the number model sees of one number in a sentence: the words beside it and around it, the
 * sentence's words, and the number's own shape — sparse binary features, named so a weight can be
 * read ("r1:drone" is "the next word is drone"). Words are Porter2 stems, so "injured", "injuries"
 * and "injuring" are one feature; the model then generalises across inflections it never saw.
 */
import stem from "wink-porter2-stemmer";
import type { NumberMention } from "../numbers";

// Latin (with accents) and Cyrillic letters and digits: a plain class is several times faster than \p{L}.
const WORD = /[A-Za-z0-9\u00C0-\u024F\u0400-\u04FF]+(?:['’][A-Za-z\u00C0-\u024F]+)?/g;
const WINDOW = 6;

interface Token {
  stem: string;
  start: number;
  end: number;
}

// Stemming is the model's main cost, and news repeats its words: each word is stemmed once, and each
// sentence tokenised once however many of its numbers are scored. Both caches are bounded.
const STEMS = new Map<string, string>();
/** A sentence's tokens and its bag of stems ("S:<stem>", each once), computed once per sentence. */
interface Tokenised {
  tokens: Token[];
  bag: string[];
}
const TOKENS = new Map<string, Tokenised>();
const CACHE_LIMIT = 20_000;

function stemOf(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    if (STEMS.size >= CACHE_LIMIT) STEMS.clear();
    s = stem(word);
    STEMS.set(word, s);
  }
  return s;
}

function tokenise(text: string): Tokenised {
  const cached = TOKENS.get(text);
  if (cached) return cached;
  if (TOKENS.size >= CACHE_LIMIT / 10) TOKENS.clear();
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const lower = m[0].toLowerCase();
    const apostrophe = lower.search(/['’]/);
    const word = apostrophe < 0 ? lower : lower.slice(0, apostrophe);
    // Digits say nothing by their value here (the shape features below do): one token for all.
    const code = word.charCodeAt(0);
    tokens.push({ stem: code >= 48 && code <= 57 ? "<num>" : stemOf(word), start: m.index, end: m.index + m[0].length });
  }
  const result = { tokens, bag: [...new Set(tokens.map((t) => `S:${t.stem}`))] };
  TOKENS.set(text, result);
  return result;
}

function magnitude(value: number): string {
  if (value === 1) return "1";
  if (value < 10) return "2-9";
  if (value < 100) return "10-99";
  if (value < 1000) return "100-999";
  if (value < 1e6) return "1e3";
  return "1e6+";
}

export interface NumberContext {
  /** The sentence's place in the dispatch (0 is the first). */
  sentenceIndex: number;
  isHeading: boolean;
}

export function numberFeatures(sentence: string, mention: NumberMention, ctx: NumberContext): string[] {
  const { tokens: all, bag } = tokenise(sentence);
  // all[0, first) lie before the number, all[after, …) after it.
  let first = 0;
  while (first < all.length && all[first]!.end <= mention.start) first++;
  let after = first;
  while (after < all.length && all[after]!.start < mention.end) after++;
  const f = new Set<string>();
  f.add(`form:${mention.isWord ? "word" : "digit"}`);
  f.add(`mag:${magnitude(mention.value)}`);
  if (!mention.isWord && /^(?:19|20)\d\d$/.test(mention.raw)) f.add("shape:year");
  if (/\s?(?:thousand|million|billion|mln|bn|m)\b/i.test(mention.raw)) f.add("shape:scaled");
  const prevChar = sentence.slice(Math.max(0, mention.start - 2), mention.start);
  const nextChar = sentence.slice(mention.end, mention.end + 2);
  if (/[$€£¥₴₽]\s?$/.test(prevChar)) f.add("shape:currency-before");
  if (/^\s?%/.test(nextChar)) f.add("shape:percent");
  if (/^-/.test(nextChar)) f.add("shape:hyphen-after");
  f.add(ctx.sentenceIndex === 0 ? "pos:first" : ctx.sentenceIndex < 3 ? "pos:lead" : "pos:body");
  if (ctx.isHeading) f.add("pos:heading");
  const quotes = (sentence.slice(0, mention.start).match(/["“”]/g) ?? []).length;
  if (quotes % 2 === 1) f.add("pos:in-quote");
  if (first >= 1) f.add(`l1:${all[first - 1]!.stem}`);
  if (first >= 2) f.add(`l2:${all[first - 2]!.stem}`);
  if (after < all.length) f.add(`r1:${all[after]!.stem}`);
  if (after + 1 < all.length) f.add(`r2:${all[after + 1]!.stem}`);
  for (let i = Math.max(0, first - WINDOW); i < first; i++) f.add(`L:${all[i]!.stem}`);
  for (let i = after; i < Math.min(all.length, after + WINDOW); i++) f.add(`R:${all[i]!.stem}`);
  return [...f, ...bag];
}
