/**
 * Numbers that are not counts of an event: ages, durations, times, distances and other units,
 * ordinals, years, calendar days, and money (money is read by money.ts). Returns the reason,
 * so diagnostics can say why a number was skipped.
 */
import type { NumberMention } from "./numbers";

export const MONTHS_SOURCE =
  "January|February|March|April|May|June|July|August|September|October|November|December|" +
  "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

const AGE_AFTER = /^\s*-?\s*(?:years?|months?)[-\s]+old\b|^\s*-?(?:year|month)-old/i;
const AGE_BEFORE = /\b(?:aged|ages|age of)\s*$/i;
const DURATION_AFTER =
  /^\s*-?\s*(?:years?|months?|weeks?|days?|nights?|hours?|minutes?|seconds?|hrs?|mins?|decades?)\b/i;
const UNIT_AFTER =
  /^\s*-?\s*(?:km|kilomet(?:er|re)s?|miles?|feet|foot|ft\b|inch(?:es)?|metres?|meters?|m\b|cm|mm|millimet(?:er|re)s?|kg|kilograms?|tons?|tonnes?|%|percent\b|per cent\b|km\/h|mph|kph|°|degrees?|sq\b|square|hectares?|litres?|liters?|calibre|caliber)/i;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;
const TIME_AFTER = /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|CET|local time|o'clock|h\d\d)/i;
const MONEY_BEFORE = /(?:[$€£¥₴]|\b(?:USD|EUR|GBP|DKK|NOK|SEK|PLN|JPY|CHF|CAD|AUD|UAH|CZK|US|C|A)\$?)\s?$/;
const MONEY_AFTER =
  /^\s*-?\s*(?:(?:million|billion|thousand|bn|mln|m)\s+)?(?:(?:US|American|Canadian|Australian|Danish|Norwegian|Swedish|Czech|Swiss)\s+)?(?:euros?|dollars?|pounds?|crowns?|kroner|kronor|krone|korun[ay]|zloty|zlotys|hryvnias?|yen|francs?|rubles?|roubles?)\b/i;
const DAY_BEFORE = new RegExp(`\\b(?:${MONTHS_SOURCE})\\.?\\s*$`);
const DAY_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS_SOURCE})\\b`);
const YEAR_CONTEXT_BEFORE = new RegExp(
  `\\b(?:in|since|of|from|until|till|by|before|after|to|early|late|mid|end of|start of|year|spring|summer|autumn|fall|winter|${MONTHS_SOURCE})\\s*$`,
  "i",
);

export function nonCountReason(sentence: string, n: NumberMention): string | null {
  const before = sentence.slice(Math.max(0, n.start - 40), n.start);
  const after = sentence.slice(n.end, n.end + 60);
  if (AGE_AFTER.test(after) || AGE_BEFORE.test(before)) return "age";
  if (DURATION_AFTER.test(after)) return "duration";
  if (TIME_AFTER.test(after) || /^:\d\d/.test(after)) return "time";
  if (ORDINAL_AFTER.test(after)) return "ordinal";
  if (UNIT_AFTER.test(after)) return "unit";
  if (MONEY_BEFORE.test(before) || MONEY_AFTER.test(after)) return "money";
  if (!n.isWord && (DAY_BEFORE.test(before) || DAY_AFTER.test(after))) return "calendar day";
  if (!n.isWord && /^(?:19|20)\d\d$/.test(n.raw)) {
    // "2,000 drones" is written with a comma; a bare 2023 is a year unless a noun follows.
    if (YEAR_CONTEXT_BEFORE.test(before) || !/^\s+[a-z]/.test(after)) return "year";
  }
  if (/^\s*[-–]\s*\d/.test(after) || /\d\s*[-–]\s*$/.test(before)) return "range or score";
  // "one-way attack drones", "a two-storey house", "three-stage": a number joined to a word by a
  // hyphen is part of a compound adjective (units, ages and durations are read above), not a count.
  if (n.isWord && /^-[a-z]/i.test(after) && !/^-(?:odd|plus)\b/i.test(after)) return "compound adjective";
  return null;
}
