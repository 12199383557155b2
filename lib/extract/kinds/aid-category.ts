/**
 * What aid is for, by the words around the amount: weapons and air defence are military,
 * food and medicine humanitarian, budget and loans financial. Null when the text does not say,
 * and null when it names several purposes of different categories side by side ("civilian,
 * military and business aid", "for humanitarian efforts and reconstruction") or leaves the list
 * open ("among other things"): one category would misstate a mixed package.
 */
import type { AID_CATEGORIES } from "../../facts/contract";

type Category = (typeof AID_CATEGORIES)[number];
export type AidCategory = Category;

const WORDS: Array<[Category, RegExp]> = [
  ["military", /\b(?<!\b(?:Ministry|Minister|Secretary|Department|Secretariat)\s+of\s+)(?:military(?!\s+(?:administration|intelligence|officials?|sources?|analysts?|experts?|spokes\w*|governor|commander))|weapons?|arms|air[- ]defen[cs]e|munitions?|ammunition|tanks?|artillery|missiles?|shells?|fighter jets?|F-16s?|armou?red|vehicles|defen[cs]e(?!\s+(?:minister|ministry|secretary|chief|officials?|spokes\w*|forces|department|council|committee))|security assistance|interceptors?|drones?|rounds|howitzers?|HIMARS|Patriot|IRIS-T|Leopard|Bradley|brigades?|troops|soldiers)\b/gi],
  ["humanitarian", /\b(?:humanitarian|food|medical|medicines?|medicine|hospitals?|refugees?|shelter|winter(?:i[sz]ation)?|generators?|relief|civilians?|civilian|water)\b/gi],
  ["financial", /\b(?:budget|loans?|macro-?financial|financial|fiscal|grants?|credit|economic|salaries|pensions|debt|reconstruction fund)\b/gi],
];
// Purposes outside the three categories ("reconstruction", "business"): they choose no category, but one
// joined to a category's word makes the list mixed ("for humanitarian efforts and reconstruction").
// Energy support (the grid, power plants, heating) is none of the three (the sets' convention).
const OTHER_PURPOSE = /\b(?:reconstruction|rehabilitation|recovery|rebuilding|business|development(?!\s+of\b)|energy|power\s+grid|infrastructure)\b(?!\s+fund)/gi;
// "The package is focused mainly on …", "It includes …", "The money will be spent on …": a sentence that tells
// what the package is made of lists its purposes however long each item is, so any two kinds make it mixed.
const COMPOSITION =
  /\b(?:package|aid|assistance|money|funds|funding|support|it|this)\s+(?:\w+\s+){0,2}?(?:(?:is|are|was|were|will\s+be|would\s+be)\s+)?(?:(?:mainly|mostly|largely|primarily|chiefly)\s+)?(?:focused|focuses|includes?|included|including|comprises?|consists?|covers?|spent|used|intended|directed|aimed|earmarked|targeted|allocated)\b|\b(?:package|aid|assistance|money|funds|funding)\s+(?:[\w-]+\s+){0,3}?(?:will|would|is\s+to|are\s+to|shall)\s+(?:help\s+)?(?:provide|fund|finance|pay\s+for|go\s+(?:to|towards))\b/i;

// Two purposes joined as one list: a comma or a conjunction, with up to two words on either side
// ("civilian, military", "humanitarian efforts and reconstruction", "military as well as financial").
// A bare comma joins only adjacent words ("civilian, military"): "for civilians, the ministry said" is a clause break.
const COORDINATION = /^(?:\s*,\s*(?:and\s+|or\s+)?|(?:\s+[\w-]+){0,2}?\s(?:and|or|as\s+well\s+as|plus|&)\s+(?:[\w-]+\s+){0,2}?)$/i;
// "which, among other things, will support …": an open list of purposes.
const OPEN_LIST = /\b(?:among\s+other\s+things|inter\s+alia|among\s+others|a\s+(?:wide\s+)?range\s+of\s+(?:needs|purposes|areas))\b/i;

interface Hit {
  category: Category | "other";
  start: number;
  end: number;
}

export function aidCategory(text: string): Category | null {
  const hits: Hit[] = [];
  const counts = new Map<Category, number>();
  for (const [category, re] of WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      hits.push({ category, start: m.index, end: m.index + m[0].length });
      counts.set(category, (counts.get(category) ?? 0) + 1);
    }
  }
  if (hits.length === 0) return null;
  if (isMixed(text, hits)) return null;
  let best: Category | null = null;
  let bestCount = 0;
  for (const [category] of WORDS) {
    const count = counts.get(category) ?? 0;
    // Ties go to the earlier category: a weapons package that also says "financial" is military.
    if (count > bestCount) {
      best = category;
      bestCount = count;
    }
  }
  return best;
}

/** Words of two categories joined in one list ("civilian, military and business aid"). */
function mixedList(text: string, hits: Hit[]): boolean {
  if (new Set(hits.map((h) => h.category)).size < 2) return false;
  hits.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < hits.length; i++) {
    const a = hits[i]!;
    const b = hits[i + 1]!;
    if (a.category !== b.category && b.start > a.end && COORDINATION.test(text.slice(a.end, b.start))) return true;
  }
  return false;
}

/** The sentence names several purposes of different categories, or an open list of them: no category. */
let lastMixed: { text: string; mixed: boolean } | null = null;
export function mixedPurposes(text: string): boolean {
  if (lastMixed?.text === text) return lastMixed.mixed;
  const mixed = scanMixed(text);
  lastMixed = { text, mixed };
  return mixed;
}

function scanMixed(text: string): boolean {
  const hits: Hit[] = [];
  for (const [category, re] of WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ category, start: m.index, end: m.index + m[0].length });
  }
  if (hits.length === 0) return OPEN_LIST.test(text);
  return isMixed(text, hits);
}

/**
 * Several purposes of different kinds: joined in one list, or named in a sentence that tells what the package
 * is made of. An open list ("among other things") is read by what it names: two or more purposes, all of one
 * kind, give that kind ("among other things, on ammunition and training soldiers"); fewer leave it open.
 */
function isMixed(text: string, hits: Hit[]): boolean {
  const all = withOther(text, hits);
  const kinds = new Set(all.map((h) => h.category)).size;
  if (mixedList(text, all) || (kinds >= 2 && COMPOSITION.test(text))) return true;
  return OPEN_LIST.test(text) && (kinds > 1 || hits.length < 2);
}

/** The hits with the purposes outside the three categories added. */
function withOther(text: string, hits: Hit[]): Hit[] {
  const out = [...hits];
  OTHER_PURPOSE.lastIndex = 0;
  for (let m = OTHER_PURPOSE.exec(text); m; m = OTHER_PURPOSE.exec(text)) out.push({ category: "other", start: m.index, end: m.index + m[0].length });
  return out;
}
