/** The evidence fields every fact carries: quote and offsets, and a confidence that says how much was stated. */
import type { Sentence } from "./sentences";
import { RULE_BASE, type RuleName } from "./rules";
import type { Source } from "./types";
import { normalizePlaceName } from "./place-names";
import { UA_PLACE_VARIANTS } from "./place-variants";

export function quoteOf(text: string, from: Sentence, to: Sentence = from): { quote: string; start: number; end: number } {
  return { quote: text.slice(from.start, to.end), start: from.start, end: to.end };
}

/**
 * Starts at the calibrated base of the rule that found the fact (rules.ts) and loses for each
 * thing the text left to inference:
 * a date taken from context or defaulted to publication, a missing place, a heading.
 */
export function confidenceOf(parts: { rule: RuleName; date: Source; place: Source; isHeading: boolean; guessed?: number }): number {
  let c: number = RULE_BASE[parts.rule];
  if (parts.date === "context") c -= 0.05;
  if (parts.date === "default") c -= 0.15;
  if (parts.place === "context") c -= 0.05;
  if (parts.place === "default") c -= 0.05;
  if (parts.isHeading) c -= 0.1;
  c -= 0.05 * (parts.guessed ?? 0);
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}

/** "Sevastopol", "Crimea", ... — places that Russia occupies; attacks there may come from Ukraine. */
export const OCCUPIED = new Set(
  ["crimea", "sevastopol", "donetsk", "luhansk", "horlivka", "makiivka", "mariupol", "melitopol", "berdiansk", "berdyansk", "nova kakhovka", "enerhodar", "simferopol", "feodosiya", "yevpatoriya", "kerch", "dzhankoi", "saky", "alchevsk", "tokmak", "lysychansk", "sievierodonetsk",
    // Every spelling of an occupied town ("Gorlovka", "Lugansk", "Energodar").
    ...UA_PLACE_VARIANTS.filter((v) => v.occupied).flatMap((v) => v.names.map((n) => normalizePlaceName(n)))],
);

export function opposite(code: string | null): string | null {
  return code === "RU" ? "UA" : code === "UA" ? "RU" : null;
}
