/** Helpers the kinds share: where an event happened when no place is named, and when two mentions agree. */
import { findCountryMentions } from "../countries";
import { normalizePlaceName } from "../place-names";
import type { Candidate } from "../types";
import type { DedupeContext } from "./kind";

const IN_COUNTRY_BEFORE = /\b(?:in|across|over|inside|on)\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|central|south|north|east|west)\s+)?$/i;
const PLACE_NOUN_AFTER = /^\s+(?:city|town|village|region|port|territory|border region|oblast)\b/i;

/** "in Ukraine", "the Russian city of ..." → that country; null when the sentence does not locate it. */
export function countryOfEvent(sentence: string): string | null {
  for (const m of findCountryMentions(sentence)) {
    if (m.kind === "name" && IN_COUNTRY_BEFORE.test(sentence.slice(Math.max(0, m.start - 30), m.start))) return m.code;
    if (m.kind === "demonym" && PLACE_NOUN_AFTER.test(sentence.slice(m.end, m.end + 25))) return m.code;
  }
  return null;
}

/** "Belgorod" and "Belgorod region" name the same event's place at two scales. */
export const placeCore = (p: string) => normalizePlaceName(p).replace(/\s+(?:region|oblast|district|county)$/, "");

/**
 * Places agree when equal, when one is only inferred, when a heading names it loosely, or when the
 * text puts one inside the other ("Shebekino" and "the Belgorod region": guide §2, a figure repeated
 * with a less specific place is one fact).
 */
export function samePlace(a: Candidate, b: Candidate, ctx?: DedupeContext): boolean {
  if (a.placeSource !== "sentence" || b.placeSource !== "sentence" || a.isHeading || b.isHeading) return true;
  const pa = a.fact.place;
  const pb = b.fact.place;
  if (!pa || !pb) return a.fact.country === b.fact.country;
  return placeCore(pa) === placeCore(pb) || sameInnermost(pa, pb) || (!!ctx && a.fact.country === b.fact.country && (ctx.within(pa, pb) || ctx.within(pb, pa)));
}

// "Myriv hromada of Nikopol district" and "Myriv hromada, Nikopol district, …": a unit named with the unit it lies in,
// written either way, is the same place — the first (innermost) unit decides.
const UNIT_OF = /^(.+?\b(?:hromada|community|district|raion|village|town|city|settlement|municipality))\s+of\s+(?=\p{Lu})/u;
const innermost = (p: string) => placeCore((UNIT_OF.exec(p)?.[1] ?? p).split(",")[0] ?? p);
function sameInnermost(a: string, b: string): boolean {
  if (!/,|\sof\s/.test(a) && !/,|\sof\s/.test(b)) return false;
  return innermost(a) === innermost(b);
}

/** Two stated days must agree; a day taken from context or defaulted agrees with anything. */
export function compatibleDates(a: Candidate, b: Candidate): boolean {
  return a.fact.date === b.fact.date || a.dateSource !== "sentence" || b.dateSource !== "sentence";
}

/** Same stated day and the same place named in both sentences (not inferred): one tally. */
export function sameStatedPlaceAndDay(a: Candidate, b: Candidate): boolean {
  if (a.placeSource !== "sentence" || b.placeSource !== "sentence" || !a.fact.place || !b.fact.place) return false;
  return a.fact.date === b.fact.date && a.fact.country === b.fact.country && placeCore(a.fact.place) === placeCore(b.fact.place);
}
