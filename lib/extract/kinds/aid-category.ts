/**
 * What aid is for, by the words around the amount: weapons and air defence are military,
 * food and medicine humanitarian, budget and loans financial. Null when the text does not say.
 */
import type { AID_CATEGORIES } from "../../facts/contract";

type Category = (typeof AID_CATEGORIES)[number];

const WORDS: Array<[Category, RegExp]> = [
  ["military", /\b(?:military|weapons?|arms|air[- ]defen[cs]e|munitions?|ammunition|tanks?|artillery|missiles?|shells?|fighter jets?|F-16s?|armou?red|vehicles|defen[cs]e(?!\s+(?:minister|ministry|secretary|chief|official|spokes\w*))|security assistance|interceptors?|drones?|rounds|howitzers?|HIMARS|Patriot|IRIS-T|Leopard|Bradley)\b/gi],
  ["humanitarian", /\b(?:humanitarian|food|medical|medicines?|medicine|hospitals?|refugees?|shelter|winter(?:i[sz]ation)?|generators?|relief|civilians?|water)\b/gi],
  ["financial", /\b(?:budget|loans?|macro-?financial|financial|fiscal|grants?|credit|economic|salaries|pensions|debt|reconstruction fund)\b/gi],
];

export function aidCategory(text: string): Category | null {
  let best: Category | null = null;
  let bestCount = 0;
  for (const [category, re] of WORDS) {
    const count = text.match(re)?.length ?? 0;
    // Ties go to the earlier category: a weapons package that also says "financial" is military.
    if (count > bestCount) {
      best = category;
      bestCount = count;
    }
  }
  return best;
}
