/**
 * What the number model sees of one number in a sentence: the words beside it and around it, the
 * sentence's words, and the number's own shape — sparse binary features, named so a weight can be
 * read ("r1:drone" is "the next word is drone"). Words are Porter2 stems, so "injured", "injuries"
 * and "injuring" are one feature; the model then generalises across inflections it never saw.
 */
import stem from "wink-porter2-stemmer";
import type { NumberMention } from "../numbers";
import { sigmoid, type LogisticModel } from "./logistic";

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
  /** The bag's summed weights, per model, once scored. */
  bagSums: Map<object, number>;
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
  const result = { tokens, bag: [...new Set(tokens.map((t) => `S:${t.stem}`))], bagSums: new Map<object, number>() };
  TOKENS.set(text, result);
  return result;
}

function magnitude(value: number): string {
  if (value === 1) return "mag:1";
  if (value < 10) return "mag:2-9";
  if (value < 100) return "mag:10-99";
  if (value < 1000) return "mag:100-999";
  if (value < 1e6) return "mag:1e3";
  return "mag:1e6+";
}

export interface NumberContext {
  /** The sentence's place in the dispatch (0 is the first). */
  sentenceIndex: number;
  isHeading: boolean;
}

const isYear = (mention: NumberMention): boolean => !mention.isWord && /^(?:19|20)\d\d$/.test(mention.raw);

/**
 * The words beside a number, or none for a year: a year dates the sentence and counts nothing, so the
 * words beside it ("in 2025 wounded 17") would only teach it the weights of the count they belong to.
 */
function wordsOf(tokens: Token[], mention: NumberMention): Array<[string, string]> {
  return isYear(mention) ? [] : wordFeatures(around(tokens, mention));
}

/** The number's own shape and where it stands: a handful of fixed feature names. */
function shapeFeatures(sentence: string, mention: NumberMention, ctx: NumberContext): string[] {
  const f = [mention.isWord ? "form:word" : "form:digit", magnitude(mention.value)];
  if (isYear(mention)) f.push("shape:year");
  if (/\s?(?:thousand|million|billion|mln|bn|m)\b/i.test(mention.raw)) f.push("shape:scaled");
  const prevChar = sentence.slice(Math.max(0, mention.start - 2), mention.start);
  const nextChar = sentence.slice(mention.end, mention.end + 2);
  if (/[$€£¥₴₽]\s?$/.test(prevChar)) f.push("shape:currency-before");
  if (/^\s?%/.test(nextChar)) f.push("shape:percent");
  if (/^-/.test(nextChar)) f.push("shape:hyphen-after");
  f.push(ctx.sentenceIndex === 0 ? "pos:first" : ctx.sentenceIndex < 3 ? "pos:lead" : "pos:body");
  if (ctx.isHeading) f.push("pos:heading");
  let quotes = 0;
  for (let i = 0; i < mention.start; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d) quotes++;
  }
  if (quotes % 2 === 1) f.push("pos:in-quote");
  return f;
}

/** The words beside the number: which tokens are l1, l2, r1, r2 and the windows L and R. */
interface Around {
  all: Token[];
  /** all[0, first) lie before the number, all[after, …) after it. */
  first: number;
  after: number;
}

function around(all: Token[], mention: NumberMention): Around {
  let first = 0;
  while (first < all.length && all[first]!.end <= mention.start) first++;
  let after = first;
  while (after < all.length && all[after]!.start < mention.end) after++;
  return { all, first, after };
}

/** Each word feature as [prefix, stem]; a stem twice in one window is one feature. */
function wordFeatures({ all, first, after }: Around): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const seen = new Set<string>();
  const add = (prefix: string, stem: string) => {
    const key = prefix + stem;
    if (!seen.has(key)) {
      seen.add(key);
      out.push([prefix, stem]);
    }
  };
  if (first >= 1) add("l1:", all[first - 1]!.stem);
  if (first >= 2) add("l2:", all[first - 2]!.stem);
  if (after < all.length) add("r1:", all[after]!.stem);
  if (after + 1 < all.length) add("r2:", all[after + 1]!.stem);
  for (let i = Math.max(0, first - WINDOW); i < first; i++) add("L:", all[i]!.stem);
  for (let i = after; i < Math.min(all.length, after + WINDOW); i++) add("R:", all[i]!.stem);
  return out;
}

/** Every feature of one number, by name: what the model is trained on (number-examples.ts). */
export function numberFeatures(sentence: string, mention: NumberMention, ctx: NumberContext): string[] {
  const { tokens, bag } = tokenise(sentence);
  return [...shapeFeatures(sentence, mention, ctx), ...wordsOf(tokens, mention).map(([p, w]) => p + w), ...bag];
}

/**
 * probability(model, numberFeatures(…)) without building the feature names: the extractor scores a
 * number for every fact it proposes, and the names were most of that cost (allocation and garbage).
 * The weights are indexed by prefix once per model, and a sentence's bag of stems is summed once.
 */
export function numberProbability(model: LogisticModel, sentence: string, mention: NumberMention, ctx: NumberContext): number {
  const index = indexOf(model);
  const tokenised = tokenise(sentence);
  let bag = tokenised.bagSums.get(index);
  if (bag === undefined) {
    bag = 0;
    for (const name of tokenised.bag) bag += index.flat.get(name) ?? 0;
    tokenised.bagSums.set(index, bag);
  }
  let z = model.bias + bag;
  for (const name of shapeFeatures(sentence, mention, ctx)) z += index.flat.get(name) ?? 0;
  for (const [prefix, stem] of wordsOf(tokenised.tokens, mention)) z += index.byPrefix.get(prefix)?.get(stem) ?? 0;
  return sigmoid(z);
}

interface IndexedModel {
  flat: Map<string, number>;
  byPrefix: Map<string, Map<string, number>>;
}
const INDEXES = new WeakMap<LogisticModel, IndexedModel>();
const WORD_PREFIXES = ["l1:", "l2:", "r1:", "r2:", "L:", "R:"];

function indexOf(model: LogisticModel): IndexedModel {
  let index = INDEXES.get(model);
  if (!index) {
    index = { flat: new Map(), byPrefix: new Map(WORD_PREFIXES.map((p) => [p, new Map()])) };
    for (const [name, weight] of Object.entries(model.weights)) {
      const prefix = WORD_PREFIXES.find((p) => name.startsWith(p));
      if (prefix) index.byPrefix.get(prefix)!.set(name.slice(prefix.length), weight);
      else index.flat.set(name, weight);
    }
    INDEXES.set(model, index);
  }
  return index;
}
