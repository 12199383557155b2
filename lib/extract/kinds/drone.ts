/**
 * Drone facts: drones shot down, launched or hitting something, with "X of Y" giving the
 * launched total and the claimant read from who reports it ("Moscow claimed", "Ukraine's air
 * force said"). A launched count and a shot-down count in one sentence are one event.
 */
import { findAttacker, findClaimant } from "../actors";
import { findCountryMentions } from "../countries";
import { countsIn, isEventCount } from "../counts";
import { dateFor, followingInSection, fromContext, nextInParagraph, nextInSection, placeFor, precedingInSection, type Dispatch } from "../dispatch";
import { OCCUPIED, confidenceOf, opposite, quoteOf } from "../evidence";
import { normalizePlaceName } from "../place-names";
import { parseNumberWords } from "../number-words";
import { parseDigits } from "../numbers";
import { joinedRegions, listMembers, pickPlace, regionsCounted, townOfRegion, type PlaceMention } from "../places";
import type { Sentence } from "../sentences";
import type { NumberMention } from "../numbers";
import { allMatches } from "../matches";
import type { RuleName } from "../rules";
import type { Candidate, Source } from "../types";
import { DRONE_AFTER, countsSeaOrGroundDrones, droneOutcome, dronePhrase, governedByShootDown, isAllOf, openingTotal, singularDrones, type DroneOutcome, type DronePhrase } from "./drone-phrases";
import { carriedOnSpeaker, officialClaimant, speakerIn } from "./drone-claimant";
import type { KindExtractor } from "./kind";
import { compatibleDates, countryOfEvent, samePlace, sameStatedPlaceAndDay } from "./shared";

const parseCount = (raw: string) => (/^\d/.test(raw) ? parseDigits(raw) : parseNumberWords(raw));
const SHOOTER_AFTER =
  // Active voice only: in "18 Russian Shahed drones were shot down" Russia is the drones' owner.
  /^(?:['’]s)?(?!(?:\s+[\w-]+){0,2}\s+(?:drones?|UAVs?|Shaheds?|Gerans?)\b)(?:\s+(?!(?:were|was|are|is|been|being)\b)[\w-]+){0,3}?\s+(?:has\s+|had\s+|have\s+)?(?:(?:reportedly|allegedly|also|successfully|again|once\s+again)\s+)?(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|brought\s+down|took\s+down|taken\s+down|eliminated|suppressed)\b/;

interface Reading {
  count: number;
  launched: number | null;
  outcome: DroneOutcome;
  start: number;
  /** Where the phrase (number to noun) ends. */
  end: number;
  modifiers: string;
  /** A part of a breakdown is placed by the region right after its number. */
  partPlace: PlaceMention | null;
  /** The places of the breakdown parts its sentence tells after it ("four drones – two over X, one over Y"). */
  partPlaces?: PlaceMention[];
}

// "Russia launched", "Russian forces attacked", "launched by the Russian army": the side that sends them.
const RUSSIA_SENDS =
  /\b(?:launched|fired|sent)\s+by\s+(?:the\s+)?Russia|\bRussia(?:n\s+(?:forces|troops|army|military|invaders|occupiers|occupation\s+forces))?\s+(?:has\s+|had\s+|have\s+)?(?:again\s+|once\s+again\s+|overnight\s+)?(?:launch|attack|fire)/;

/** Whose drones they are, from "Ukrainian drones", "Russia-launched", "Shahed". */
function droneOwner(sentence: string, modifiers: string): string | null {
  if (/Shahed|Geran|Iranian|Russia/i.test(modifiers)) return "RU";
  if (/Ukrain/i.test(modifiers)) return "UA";
  if (RUSSIA_SENDS.test(sentence)) return "RU";
  if (/\b(?:launched|fired|sent)\s+by\s+Ukraine|\bUkraine\s+(?:has\s+|had\s+)?(?:launch|attack|fire)/.test(sentence)) return "UA";
  return null;
}

// "11 drones over the Belgorod Region, 28 over the Voronezh Region": one number per region; and with "in"
// when a region noun follows the name ("18 were destroyed in Bryansk Oblast, nine in Kursk Oblast": the
// verb of the first item is left out of the next, a gapped list).
// ("two UAV's over X": a plural written with an apostrophe is one word.)
const PER_REGION_AFTER =
  /^\s+(?:(?![-–—]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|another)\b)[\w-]+(?:['’]s)?\s+){0,3}?(?:(?:over|above)\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?[A-Z]|in\s+(?:the\s+)?[A-Z][\p{L}’'-]+(?:\s[A-Z][\p{L}’'-]+)?\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince)\b)/u;

const OTHER_WEAPON_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:missiles?|rockets?|bombs?|shells?|aircraft|planes?|helicopters?)\b/i;

/**
 * "28 drones were shot down over the Saratov Region, four over the Voronezh Region, ...": a
 * breakdown by region. Every part is a fact of its own, placed by the region right after its
 * number (guide §2); a total before a colon ("destroyed 22 UAVs: 8 over ...") stays one too.
 * Returns the parts' numbers, or none when the sentence is no breakdown.
 */
function breakdownParts(d: Dispatch, s: Sentence): Map<number, PlaceMention> {
  const parts = new Map<number, PlaceMention>();
  // "4 Tochka-U tactical missiles over Kursk": missiles are no drones (guide §7), so no part of a drone breakdown.
  const numbers = countsIn(d, s).filter((n) => PER_REGION_AFTER.test(s.text.slice(n.end, n.end + 80)) && !OTHER_WEAPON_AFTER.test(s.text.slice(n.end, n.end + 60)));
  // Most sentences are no breakdown: read their places only when two numbers each name a region.
  if (numbers.length < 2) return parts;
  const places = d.places(s);
  for (const n of numbers) {
    const place = places.find((p) => p.start >= n.end && p.start <= n.end + 80);
    if (place) parts.set(n.start, place);
  }
  return parts.size >= 2 ? parts : new Map();
}

// "over Belgorod (four drones), Voronezh (four drones) …": each count in brackets right after the place it belongs to.
const BRACKETED_COUNT_AFTER = /^\s*(?:[\w-]+\s+)?(?:drones?|UAVs?|unmanned\s+aerial\s+vehicles?|Shaheds?)\s*\)/i;

/** Counts in brackets after place names, two or more: parts of a breakdown placed by the name before each bracket. */
function bracketedParts(d: Dispatch, s: Sentence): Map<number, PlaceMention> {
  const parts = new Map<number, PlaceMention>();
  if (!s.text.includes("(")) return parts;
  const numbers = countsIn(d, s).filter((n) => s.text[s.text.lastIndexOf("(", n.start)] === "(" && /\(\s*$/.test(s.text.slice(Math.max(0, n.start - 3), n.start)) && BRACKETED_COUNT_AFTER.test(s.text.slice(n.end, n.end + 40)));
  if (numbers.length < 2) return parts;
  const places = d.places(s);
  for (const n of numbers) {
    const open = s.text.lastIndexOf("(", n.start);
    const place = places.find((p) => p.end <= open && /^\s*$/.test(s.text.slice(p.end, open)));
    if (place) parts.set(n.start, place);
  }
  return parts.size >= 2 ? parts : new Map();
}

// "one drone over each of Bryansk and Oryol": the same count over every place listed (distributive "each").
const EACH_OF_AFTER = /^\s*(?:(?:over|in|above|across|near)\s+)?each\s+of\s+(?:the\s+)?/i;
// "three each over the A, B and C regions", "two drones each in A and B": the same count over every place of the
// list after it (distributive "each" after the count, then a preposition of place).
// ("one each was intercepted over A and B": the verb may stand between "each" and the place.)
const EACH_OVER_AFTER =
  /^\s+each\s+(?:(?:was|were|had\s+been|having\s+been)\s+)?(?:(?:shot|brought|taken)\s+down\s+|(?:downed|destroyed|intercepted|neutrali[sz]ed|suppressed)\s+)?(?:over|in|above|across|near|on)\s+(?:the\s+)?/i;
const eachAfter = (text: string, at: number) => EACH_OF_AFTER.exec(text.slice(at, at + 40)) ?? EACH_OVER_AFTER.exec(text.slice(at, at + 40));

function readingsIn(d: Dispatch, s: Sentence): Reading[] {
  const out: Reading[] = [];
  let lastWhole: Reading | null = null;
  // "Of the 132 drones, 88 drones were downed": the opening total is the launched count.
  const opening = openingTotal(s.text, parseCount);
  let consumedTo = opening?.end ?? 0;
  const parts = breakdownParts(d, s);
  for (const [at, place] of bracketedParts(d, s)) parts.set(at, place);
  const numbers = countsIn(d, s);
  // "a drone crashed", "took down one Shahed": a singular counts one.
  // "The second drone was destroyed near X" after "two drones were shot down": an ordinal picks one of the drones
  // counted before in the section (a part, no fact); after singulars ("one drone … Another UAV …") it is one more.
  const ordinalPart = (m: { start: number }) =>
    /^(?:the|a)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\b/i.test(s.text.slice(m.start, m.start + 20)) &&
    precedingInSection(d, s, "section").some((p) => countsIn(d, p).some((n) => n.value > 1 && DRONE_AFTER.test(p.text.slice(n.end, n.end + 80))));
  const singulars = singularDrones(s.text).filter((m) => !numbers.some((n) => m.start < n.end && m.end > n.start) && !ordinalPart(m));
  const mentions = [...numbers, ...singulars, ...bareAnothers(s.text)].sort((a, b) => a.start - b.start);
  for (const n of mentions) {
    // The 27 of "22 of the 27 drones" belongs to the phrase already read.
    if (n.start < consumedTo) continue;
    if (countsSeaOrGroundDrones(s.text, n)) continue;
    // "launched 120 drones – air defence destroyed 97": a bare number a shoot-down verb governs counts the drones named before.
    // "… had downed drones over nine regions, including 13 over the Kursk region": a part named after "including"
    // of drones a shoot-down verb governs before it, placed by its region.
    const includedPlace = parts.get(n.start) ? undefined : includedPart(d, s, n);
    const partPlace = parts.get(n.start) ?? includedPlace;
    // "four over the Voronezh Region": a part of a breakdown names no drones; it counts the sentence's.
    const phrase: DronePhrase | null =
      dronePhrase(s.text, n, parseCount) ??
      (partPlace && lastWhole ? { count: n.value, launched: null, end: n.end, modifiers: lastWhole?.modifiers ?? "", partOfEarlier: false } : null) ??
      (includedPlace ? { count: n.value, launched: null, end: n.end, modifiers: "", partOfEarlier: false } : null) ??
      // "One drone fell in the park, another was destroyed over the river": "another" with its noun left out is one more
      // drone of the kind counted before it in the sentence, with its own verb.
      (lastWhole && n.raw === BARE_ANOTHER_RAW ? { count: 1, launched: null, end: n.end, modifiers: lastWhole.modifiers, partOfEarlier: false } : null) ??
      // "Nine drones were downed over A, and three each over B and C": a bare count of a gapped list, told "each".
      (lastWhole && EACH_OVER_AFTER.test(s.text.slice(n.end, n.end + 30)) ? { count: n.value, launched: null, end: n.end, modifiers: lastWhole.modifiers, partOfEarlier: false } : null) ??
      (governedByShootDown(s.text, n) && (lastWhole || opening || droneSentenceBefore(d, s))
        ? { count: n.value, launched: null, end: n.end, modifiers: "", partOfEarlier: true }
        : null);
    if (!phrase || !isEventCount(d, s, n) || earlierReportOf(d, s, n.start)) continue;
    consumedTo = phrase.end;
    // A part of a gapped list ("…, 3 over Belgorod and one drone over each of Bryansk and Oryol") takes the verb of the list.
    // So does an item that opens after a comma with no verb of its own ("destroyed 10 drones over X, 4 drones over Y").
    const listItem =
      !!partPlace || !!eachAfter(s.text, phrase.end) || /,\s*(?:and\s+)?$/.test(s.text.slice(Math.max(0, n.start - 6), n.start));
    // "an attempt … to carry out an attack using 33 drones was stopped": every drone of the foiled attempt was downed.
    const own = droneOutcome(s.text, n.start, phrase.end);
    const foiled = (own === null || own === "launched") && FOILED_ATTEMPT.test(s.text);
    const inherited: DroneOutcome | null = listItem && lastWhole ? lastWhole.outcome : includedPlace ? "shot_down" : null;
    // A list item is placed by the place right after it, in its own item ("…, 4 drones over Belgorod and …").
    const itemPlace =
      !partPlace && listItem && lastWhole ? (d.places(s).find((p) => p.start >= phrase.end && p.start <= phrase.end + 30 && !/[,;]/.test(s.text.slice(phrase.end, p.start))) ?? null) : null;
    const stated: DroneOutcome | null = foiled ? "shot_down" : (own ?? inherited);
    // "... tracked seven Shaheds. All of them were shot down ...": the outcome comes in the next sentence.
    const allDownNext = !stated && !phrase.partOfEarlier && allShotDownNext(d, s);
    let outcome: DroneOutcome | null = stated ?? (allDownNext ? "shot_down" : null);
    if (!outcome) continue;
    // "One of the drones struck a house": the one that got through is a hit of its own, count 1 (not a part of drones
    // counted as downed or launched) — unless the section counted drones that hit before, of which it is one.
    const oneStruck = outcome === "hit" && oneOfTheDronesStruck(d, s, n);
    if (oneStruck) phrase.partOfEarlier = false;
    if (phrase.partOfEarlier && !lastWhole && !governedByShootDown(s.text, n)) continue;
    // "Fragments of one of the drones fell on a road": a part of drones already counted.
    if (!oneStruck && outcome === "hit" && /^\s+of\s+(?:the|them|those|these)\b/i.test(s.text.slice(n.end, n.end + 12))) continue;
    // "the wreckage of a downed drone damaged a transformer" after a tally of drones shot down: one of them.
    if (outcome === "hit" && phrase.count === 1 && debrisOfCounted(d, s, n.start, phrase)) continue;
    // "debris from a downed drone damaged windows" (told alone): the participle tells what became of the drone — shot
    // down; the damage is its debris's, not a drone that struck (not "a drone intercepted … crashed into a house").
    if (outcome === "hit" && debrisOfDowned(s.text, n.start, phrase)) outcome = "shot_down";
    const allOf = outcome === "shot_down" && (allDownNext || isAllOf(s.text, n)) ? phrase.count : null;
    const r: Reading = {
      count: phrase.count,
      // A launch states its own total ("Russia launched 35 drones": launched 35).
      launched:
        phrase.launched ??
        (outcome === "shot_down" && opening && opening.total >= phrase.count ? opening.total : null) ??
        allOf ??
        (foiled ? phrase.count : null) ??
        (outcome === "launched" ? phrase.count : null),
      outcome,
      start: n.start,
      end: phrase.end,
      modifiers: phrase.modifiers,
      partPlace: partPlace ?? itemPlace,
      partPlaces: !partPlace && parts.size > 0 ? [...parts.values()] : undefined,
    };
    if (phrase.partOfEarlier && lastWhole) {
      // "37 drones were shot down over A, while 12 were intercepted over B": drones downed are no launch total —
      // a count shot down beside another shoot-down is its sibling, not "X of Y" (guide §7).
      if (lastWhole.outcome !== "shot_down" || outcome !== "shot_down") r.launched = lastWhole.count;
      r.modifiers = lastWhole.modifiers;
    }
    out.push(r);
    if (!phrase.partOfEarlier) lastWhole = r;
  }
  const debris = out.length === 0 && singulars.length === 0 ? debrisOfOneDrone(d, s) : null;
  if (debris) out.push(debris);
  // "launched 27 drones ..., 22 of which were shot down": the launch is the shoot-down's total.
  const shot = out.find((r) => r.outcome === "shot_down");
  return distributed(d, s, out).filter((r) => {
    if (r.outcome !== "launched" || !shot || r === shot) return true;
    if (r.count < shot.count) return true;
    shot.launched ??= r.count;
    return false;
  });
}

// "drone debris fell on a house", "UAV wreckage hit a car", "unmanned aerial vehicle (UAV) debris damaged a roof",
// "the drone's fragments struck a school": a singular drone noun as the modifier of its debris, told coming down.
const DRONE_DEBRIS_FELL = new RegExp(
  String.raw`\b(?:drone|UAV|unmanned\s+aerial\s+vehicle|Shahed|Geran)(?:\s+\((?:UAV|drone)\))?(?:['’]s)?\s+(?:debris|wreckage|fragments|remains)\s+(?:(?:has|have|had|reportedly|then|also)\s+)?(?:fell|fallen|landed|hit|struck|crashed|damaged|smashed|came\s+down|set\s+fire|sparked|caused|started|injured|killed)\b`,
  "i",
);

// "debris fell at two locations", "in several places": scattered over several spots, the debris of more than one drone.
const SEVERAL_SPOTS = /\b(?:at|in|on)\s+(?:two|three|four|five|several|multiple|various|numerous|a\s+number\s+of|\d+)\s+(?:locations|places|sites|spots|areas|districts|addresses)\b/i;
// "debris from UAVs", "wreckage of the downed drones", "the drones' debris": the dispatch tells the debris as of several drones.
const DEBRIS_OF_DRONES =
  /\b(?:debris|wreckage|fragments)\s+(?:of|from)\s+(?:the\s+)?(?:(?:downed|destroyed|intercepted|enemy|Russian|Ukrainian|several|multiple)\s+)*(?:drones|UAVs|Shaheds|Gerans|unmanned\s+aerial\s+vehicles)\b|\b(?:drones|UAVs)['’]\s+(?:debris|wreckage|fragments)/i;

/**
 * "… were damaged in X when UAV debris fell on a residential building": one drone came down there (a hit,
 * count 1), when the sentence counts no drones itself and none were counted before it in the section —
 * debris after a tally ("shot down 20 drones … drone debris fell on …") is of the drones already counted.
 */
function debrisOfOneDrone(d: Dispatch, s: Sentence): Reading | null {
  const m = /debris|wreckage|fragments|remains/i.test(s.text) ? DRONE_DEBRIS_FELL.exec(s.text) : null;
  if (!m || SEVERAL_SPOTS.test(s.text) || DEBRIS_OF_DRONES.test(d.text)) return null;
  if (precedingInSection(d, s, "section").some((p) => droneExtractor.trigger.test(p.text) && readingsIn(d, p).length > 0)) return null;
  return { count: 1, launched: null, outcome: "hit", start: m.index, end: m.index + m[0].length, modifiers: "", partPlace: null };
}

// "Shelters installed in X, where the Russian drones fell", "… after the drones crashed near Y": the headline names the
// drones definitely, in a subordinate clause — an event the story takes as known, not the one it reports.
const PRESUPPOSED_DRONES =
  /\b(?:where|after|since|because)\s+(?:the|those|these)\s+(?:[\w-]+\s+){0,2}?(?:drones|UAVs|Shaheds)\s+(?:had\s+)?(?:fell|crashed|landed|hit|struck|exploded|came\s+down)\b/i;
const TIME_OF_ITS_OWN = /\b(?:overnight|tonight|today|yesterday|last\s+night|this\s+(?:morning|afternoon|evening|week))\b/i;

/**
 * "Shelters installed in X, where the Russian drones fell" / "… At least two drones … fell in X.": a drone count the
 * story's headline presupposes (background of the story about something else), with no day or time of its own, is no
 * fact — its date would only be borrowed from the story's own event.
 */
function presupposedByHeadline(d: Dispatch, s: Sentence): boolean {
  if (s.isHeading || d.dates(s).length > 0 || TIME_OF_ITS_OWN.test(s.text)) return false;
  return d.memo("drone:presupposed-headline", () => {
    const head = d.sentences[0];
    return !!head && head.isHeading && PRESUPPOSED_DRONES.test(head.text);
  });
}

/** "debris from a downed drone", "the wreckage of an intercepted UAV": the debris of one drone told as downed. */
function debrisOfDowned(text: string, start: number, phrase: DronePhrase): boolean {
  return DEBRIS_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && (DOWNED_WORD.test(phrase.modifiers) || DOWNED_AFTER.test(text.slice(phrase.end, phrase.end + 40)));
}

// "One of the drones struck …", "one of the Shaheds crashed into …": "one of the" + drone noun as the subject of a verb
// of striking or coming down (not "fragments of one of the drones fell": the debris, not the drone, is the subject).
const ONE_OF_THE_DRONES_STRUCK =
  /^one\s+of\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:drones|UAVs|Shaheds|Gerans|unmanned\s+aerial\s+vehicles)\s+(?:(?:also|then|later|reportedly|apparently)\s+)?(?:struck|hit|crashed|slammed|smashed|fell|landed|exploded|damaged|came\s+down)\b/i;

/** "One of the drones struck a house", with no count of drones that hit told before it in the section. */
function oneOfTheDronesStruck(d: Dispatch, s: Sentence, n: { start: number; value: number }): boolean {
  if (n.value !== 1 || !ONE_OF_THE_DRONES_STRUCK.test(s.text.slice(n.start, n.start + 120))) return false;
  if (/\bof\s+$/i.test(s.text.slice(Math.max(0, n.start - 4), n.start))) return false;
  return !precedingInSection(d, s, "section").some((p) => droneExtractor.trigger.test(p.text) && readingsIn(d, p).some((r) => r.outcome === "hit" && r.count > 1));
}

// "another was destroyed", "another reportedly crashed": "another" as the subject of a verb, its noun left out.
const BARE_ANOTHER = /\b[Aa]nother\s+(?=(?:(?:also|then|later|reportedly|successfully|apparently)\s+)?(?:was|were|had|has|is|fell|crashed|hit|struck|landed|exploded|came\s+down)\b)/g;
const BARE_ANOTHER_RAW = "another (elliptical)";

/** The elliptical "another"s of a sentence as count mentions of one (read only after a drone counted before them). */
function bareAnothers(text: string): NumberMention[] {
  if (!/another\s/i.test(text)) return [];
  return allMatches(BARE_ANOTHER, text).map((m) => ({ value: 1, start: m.index, end: m.index + "another".length, raw: BARE_ANOTHER_RAW, isWord: true }));
}

const DEBRIS_BEFORE = /\b(?:debris|wreckage|fragments|remains|parts|pieces)\s+(?:of|from)\s+$/i;
const DOWNED_WORD = /\b(?:downed|destroyed|intercepted|shot[-\s]down|neutrali[sz]ed)\b/i;
const DOWNED_AFTER = /^[\s,]*(?:(?:that|which)\s+(?:was|had\s+been)\s+)?(?:downed|destroyed|intercepted|shot\s+down|neutrali[sz]ed)\b/i;

/**
 * "… shot down all ten drones. … the wreckage of a downed drone damaged a transformer": the debris of one drone
 * told as downed, after a shoot-down tally of its section, is of a drone already counted — no new hit.
 * (Told alone, "the wreckage of a downed drone hit a house" stays a drone that came down, count 1.)
 */
function debrisOfCounted(d: Dispatch, s: Sentence, start: number, phrase: DronePhrase): boolean {
  if (!debrisOfDowned(s.text, start, phrase)) return false;
  return precedingInSection(d, s, "section").some((p) => droneExtractor.trigger.test(p.text) && readingsIn(d, p).some((r) => r.outcome === "shot_down"));
}

// "had downed drones over nine regions, including 13 over the Kursk region", "destroyed 35 drones, including a dozen
// over X": the part after "including" is its region's figure, a fact beside the total (guide §2: an aggregate and
// its per-place breakdown are separate facts).
const THE_DRONE_CAME_DOWN =
  /\b(?:detonation|explosion|impact|blast|crash|fall)\s+of\s+the\s+(?:drone|UAV)\b|\bthe\s+(?:drone|UAV)\s+(?:had\s+)?(?:exploded|detonated|hit|struck|crashed|fell|came\s+down)\b/i;

// The harm a strike did, and what undoes the cue: a negation ("no one was hurt") or a shoot-down.
// ("destroyed" is left out: air defence destroys drones too.)
const HARM = /\b(?:died|dead|kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|hurt|damag(?:ed|ing)|caught\s+fire|set\s+(?:on\s+)?fire|setting\s+fire)\b/i;
const NO_HARM = /\b(?:no|not|nobody|none|without|shot\s+down|downed|intercepted|neutrali[sz]ed|suppressed|destroyed)\b/i;
const ATTACK_VERB = /\b(?:attack(?:ed|s)?|struck|hit|targeted)\b/i;

/**
 * "Ukrainian troops attacked the village of X with an unmanned aerial vehicle. One civilian died.": a single drone an
 * attack verb sends at a town or village the sentence names, with harm told in that sentence or the next of its
 * paragraph (and no shoot-down or negation there), came down on it: a hit, not a launch.
 */
function struckSettlement(d: Dispatch, s: Sentence): boolean {
  if (!ATTACK_VERB.test(s.text) || !d.places(s).some((p) => (p.tier === "city" || p.tier === "district") && !p.landmark && !p.dateline)) return false;
  const harmed = (t: string) => HARM.test(t) && !NO_HARM.test(t);
  if (harmed(s.text)) return true;
  const next = nextInParagraph(d, s);
  return !!next && harmed(next.text);
}

// The ministry's formula: "an attempt by X to carry out a terrorist attack using N drones … was stopped / foiled / thwarted".
const FOILED_ATTEMPT =
  /\battempts?\b[^.;]{0,120}?\busing\b[^.;]{0,160}?\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:stopped|foiled|thwarted|prevented|repelled|suppressed|averted)\b/i;

const SHOT_DRONES_BEFORE =
  /\b(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|eliminated|repelled)\s+(?:[\w,-]+\s+){0,3}?(?:drones|UAVs|unmanned\s+aerial\s+vehicles)\b/i;

// "including 12 targeting the Moscow region", "including five drones heading for Moscow": the part named by where it flew.
const AIMED_PART_AFTER =
  /^\s+(?:(?:drones|UAVs|unmanned\s+aerial\s+vehicles)\s+)?(?:(?:that\s+were|which\s+were)\s+)?(?:targeting|aimed\s+at|attacking|approaching|(?:heading|headed|flying|bound)\s+(?:for|to|towards?|at))\s+(?:the\s+)?[A-Z]/;

/** "including 13 over the Kursk region" after drones downed: the region of that part. */
function includedPart(d: Dispatch, s: Sentence, n: { start: number; end: number }): PlaceMention | undefined {
  if (!/\bincluding\s+(?:at\s+least\s+)?$/i.test(s.text.slice(Math.max(0, n.start - 22), n.start))) return undefined;
  if (OTHER_WEAPON_AFTER.test(s.text.slice(n.end, n.end + 60))) return undefined;
  const over = PER_REGION_AFTER.test(s.text.slice(n.end, n.end + 80));
  if (!over && !AIMED_PART_AFTER.test(s.text.slice(n.end, n.end + 60))) return undefined;
  const before = s.text.slice(0, n.start);
  if (!SHOT_DRONES_BEFORE.test(before)) return undefined;
  // Where a part flew is its own place only when the total names none: "downed 40 drones over the Bryansk region,
  // including 5 flying towards Moscow" are five of the Bryansk region's.
  if (!over && d.places(s).some((p) => p.end <= n.start && !p.dateline)) return undefined;
  return d.places(s).find((p) => p.start >= n.end && p.start <= n.end + 80) ?? undefined;
}

// "He said earlier that …", "the governor had earlier reported that …", "as she wrote earlier, …": what a speaker
// told before this report (not "earlier today", "earlier on Tuesday", "earlier in the day", the day's own figures).
const EARLIER_REPORT =
  /\b(?:(?:said|reported|wrote|stated|announced|posted|informed)\s+earlier|(?:had\s+)?earlier\s+(?:said|reported|wrote|stated|announced|posted|informed))\b(?!\s+(?:today|tonight|this|that\s+day|in\s+the\s+day|on\b))/i;

/**
 * "He said earlier that two fighters had been wounded in an attack by a drone on X": a speaker's earlier report,
 * the count told after it, with no day of its own, is background (the sets' convention for earlier reports).
 */
function earlierReportOf(d: Dispatch, s: Sentence, at: number): boolean {
  if (!/earlier/i.test(s.text)) return false;
  const m = EARLIER_REPORT.exec(s.text);
  return !!m && m.index < at && !d.dates(s).some((x) => x.strength === "strong");
}

/** A count told "over each of" several places is one part per place. */
function distributed(d: Dispatch, s: Sentence, readings: Reading[]): Reading[] {
  if (!/\beach\s/i.test(s.text)) return readings;
  return readings.flatMap((r) => {
    const each = eachAfter(s.text, r.end);
    if (!each) return [r];
    const from = r.end + each[0].length;
    const after = d.places(s).filter((p) => p.start >= from && p.start <= from + 60);
    // "over each of Bryansk and Oryol": the places one by one; "three each over the A, B and C regions": the members
    // of the one list right after "each".
    const listed = after[0]?.start === from ? listMembers(after[0]) : [];
    const places = listed.length >= 2 ? listed : after.filter((p) => p.tier !== "multi");
    return places.length >= 2 ? places.map((p) => ({ ...r, partPlace: p, partPlaces: undefined })) : [r];
  });
}

/** The sentence before (same section) speaks of drones: "Russia launched 120 drones. Air defence destroyed 97." */
function droneSentenceBefore(d: Dispatch, s: Sentence): boolean {
  const prev = precedingInSection(d, s, "section")[0];
  return !!prev && droneExtractor.trigger.test(prev.text);
}

// "came down in Romania", "crashed on Moldovan territory", "in Polish airspace", "found in the south of Moldova": where the drone landed.
const CAME_DOWN_IN =
  /\b(?:in|on|into|inside|over|onto)\s+(?:the\s+)?(?:territory\s+of\s+|(?:neighbou?ring|NATO\s+member)\s+)?(?:(?:south|north)?(?:east|west)ern\s+|southern\s+|northern\s+|central\s+)?(?:(?:south|north)?(?:-?(?:east|west))?\s+of\s+)?$/i;
const TERRITORY_AFTER = /^\s+(?:territory|airspace|soil|side\s+of\s+the\s+border)\b/i;

/** A country other than the two at war that the clause places the drones in, if any. */
function neighbourCountry(sentence: string, start: number): string | null {
  const clauseEnd = sentence.slice(start).search(/[;.]|\s[–—]\s/);
  const to = clauseEnd < 0 ? sentence.length : start + clauseEnd;
  for (const m of findCountryMentions(sentence)) {
    if (m.code === "UA" || m.code === "RU" || m.kind === "capital" || m.start < start - 60 || m.end > to) continue;
    const before = sentence.slice(Math.max(0, m.start - 40), m.start);
    if ((m.kind === "name" && CAME_DOWN_IN.test(before)) || (m.kind === "demonym" && TERRITORY_AFTER.test(sentence.slice(m.end, m.end + 30)))) {
      return m.code;
    }
  }
  return null;
}

/** Who reports the drones, where they flew, and how much of that was guessed. */
function attribution(d: Dispatch, s: Sentence, r: Reading) {
  let guessed = 0;
  const shooter = shooterIn(s.text);
  let claimant = findClaimant(s.text, r.start);
  // "Sobyanin said air defence downed a drone": an official who speaks, known by office or by a surname named before.
  claimant ??= officialClaimant(d, s);
  claimant ??= shooter;
  claimant ??= firstOf(precedingInSection(d, s, "paragraph"), (p) => speakerIn(d, p));
  // "The statement also mentioned …", "Later, another drone was downed …": the speaker of the report carried on.
  claimant ??= carriedOnSpeaker(d, s);
  // The side that shoots them down is not the drones' owner ("Russian air defense forces shot down four drones").
  // "Ukraine's military said its air defences ...": the reporting side's forces defend, they do not own the drones.
  const attacker = findAttacker(s.text, r.start);
  const owner =
    droneOwner(s.text, r.modifiers) ??
    opposite(shooter) ??
    (attacker !== claimant ? attacker : null) ??
    // "Russia launched 728 drones ... Air defense forces neutralized 711 drones": the launcher named before.
    // Shaheds and Gerans named before are Russia's ("the enemy attacked with 93 Shahed-type UAVs").
    fromContext(d, s, (t) => droneOwner(t, /Shahed|Geran/i.test(t) ? "Shahed" : ""), "section");
  let own = r.partPlace ? { place: r.partPlace, source: "sentence" as const } : withoutTarget(d, s, r.start, placeFor(d, s, r.start, "referring", true));
  // A total is not where its first part was downed: "destroyed four drones – two over X, one over Y" names no single place.
  if (own.place && r.partPlaces?.some((p) => p.start === own.place?.start)) own = { place: null, source: "default" };
  // "launched 35 drones …, hitting infrastructure in and around Kyiv": where some struck, not where the tally was.
  const ownPlace = own.place && r.outcome !== "hit" && resultClauseBetween(s.text, r.start, own.place.start) ? null : own.place;
  const found = ownPlace ? (refinedFollowing(d, s, r.count, ownPlace) ?? own) : (placeFollowing(d, s, r.count) ?? { place: null, source: "default" as Source });
  // "… attacked the center of X. One drone fell in the city park": a place borrowed from another sentence (by "the city")
  // is the city itself, not the vague part of it the other sentence named.
  let place = found.place?.dateline ? null : found.source === "context" && found.place?.withinCity && found.place.city ? { ...found.place, name: found.place.city, withinCity: false } : found.place;
  let placeSource: Source = place ? found.source : "default";
  // Only for the country: the section's place ("Russia's Rostov region was attacked ...").
  const ground = place ?? placeFor(d, s, r.start, "section").place;
  if (!claimant && (owner || ground?.country)) {
    // Drones are counted by the side they fly against: the other side of the owner, or whoever
    // holds the ground they were downed over (Russia, in occupied places).
    const occupied = !!ground?.name && OCCUPIED.has(normalizePlaceName(ground.name));
    claimant = opposite(owner) ?? (occupied ? "RU" : (ground?.country ?? null));
    guessed++;
  }
  // Drones that came down across the border are the neighbour's fact (RO, MD, PL ...).
  const neighbour = neighbourCountry(s.text, r.start);
  // "Poland's State Protection Service neutralised a drone": a neighbour downs drones over itself.
  const neighbourClaimant = claimant && claimant !== "UA" && claimant !== "RU" && !place ? claimant : null;
  // A drone that came down in a neighbour is placed there, not at the Ukrainian place it was flying at.
  if (neighbour && place && place.country !== neighbour) {
    // A district no gazetteer knows ("the Orgiiv district") is in the neighbour the clause names.
    const there = pickPlace(d.places(s).filter((p) => p.country === neighbour || (p.country === null && p.tier === "district")), r.start);
    place = there;
    placeSource = there ? "sentence" : "default";
  }
  // A district no gazetteer knows ("the Ramensky District") is in the country the sentence names ("Moscow"),
  // else in that of the place its section is about ("near Cape X" after "an attack on Sevastopol").
  // A village no gazetteer knows is in the country of the places named before it in the section ("the Belgorod
  // region … the village of Dunaika"), not of a demonym of the attacker ("as Ukrainian troops attacked").
  const knownBefore = () => precedingInSection(d, s, "section").flatMap((p) => d.places(p)).find((p) => p.country && !p.dateline)?.country ?? null;
  const placeCountry = place ? (place.country ?? knownBefore() ?? findCountryMentions(s.text)[0]?.code ?? countryBefore(d, s)) : null;
  // Drones that came down in an occupied place the section is about (Sevastopol, Crimea) came down in
  // Ukraine (guide §10), whichever side downed them.
  const occupiedGround = !place && ground?.name && OCCUPIED.has(normalizePlaceName(ground.name)) ? ground.country : null;
  const country =
    neighbour ??
    placeCountry ??
    neighbourClaimant ??
    occupiedGround ??
    opposite(owner) ??
    ground?.country ??
    // "… on facilities on Russia's territory": the country the sentence locates the attack in.
    countryOfEvent(s.text) ??
    // "The third drone was also destroyed over the sea" after "an attack on Sevastopol": the ground the section named before.
    countryBefore(d, s) ??
    (r.outcome === "shot_down" ? claimant : null);
  return { claimant, country, place, placeSource, guessed };
}

/** The first non-null answer of `find` on the sentences, in order. */
function firstOf<T>(sentences: Sentence[], find: (s: Sentence) => T | null): T | null {
  for (const s of sentences) {
    const v = find(s);
    if (v !== null) return v;
  }
  return null;
}

/** The country of the nearest place named before `s` in its section. */
function countryBefore(d: Dispatch, s: Sentence): string | null {
  for (const p of precedingInSection(d, s, "section")) {
    const known = d.places(p).find((m) => m.country && !m.dateline)?.country;
    if (known) return known;
  }
  return null;
}

// "All of them were shot down ...", "all enemy drones were destroyed ...": the same drones, told again without a number.
const SAME_DRONES_AGAIN = new RegExp(
  String.raw`\b(?:all\s+of\s+them|all\s+(?:the\s+|these\s+|those\s+)?(?:enemy\s+|hostile\s+|Russian\s+|Ukrainian\s+)?(?:drones|UAVs|Shaheds|targets)|(?:the|these)\s+drones|they)\s+(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:shot\s+down|destroyed|downed|intercepted|neutrali[sz]ed|eliminated|taken\s+down|suppressed)\b`,
  "i",
);

// "a drone that tried to attack Moscow was shot down ... in the Ramensky District": Moscow is the target.
const TARGET_BEFORE = /\b(?:attacks?\s+on|attack|attacking|(?:heading|headed)\s+(?:for|to|towards)|bound\s+for|flying\s+(?:to|towards|at)|towards|toward|targeting|targeted\s+at|aimed\s+at)\s+(?:the\s+)?$/i;

/** A place named as the drones' target yields to another place of the clause, where they came down. */
function withoutTarget(
  d: Dispatch,
  s: Sentence,
  anchor: number,
  found: { place: PlaceMention | null; source: Source },
): { place: PlaceMention | null; source: Source } {
  const p = found.place;
  if (!p || found.source !== "sentence" || !TARGET_BEFORE.test(s.text.slice(Math.max(0, p.start - 30), p.start))) return found;
  const others = d.places(s).filter((o) => o !== p && !o.dateline && !TARGET_BEFORE.test(s.text.slice(Math.max(0, o.start - 30), o.start)));
  const other = pickPlace(others, anchor);
  return other ? { place: other, source: "sentence" } : found;
}

/** The next sentence of the section opens on the same drones, all downed: "All of them were shot down". */
function allShotDownNext(d: Dispatch, s: Sentence): boolean {
  const next = nextInSection(d, s);
  return !!next && /^\W*All\s+of\s+them\b/i.test(next.text) && SAME_DRONES_AGAIN.test(next.text);
}

// "it had been shot down over X", "the drone was downed": one drone told again by a pronoun.
const SAME_DRONE_AGAIN =
  /\b(?:it|the\s+(?:drone|UAV))\s+(?:was|had\s+been|has\s+been)\s+(?:\w+\s+)?["“”']?(?:shot\s+down|destroyed|downed|intercepted|neutrali[sz]ed|eliminated|taken\s+down|suppressed)\b/i;
// "The wreckage of a drone was found in the south of X. … a drone wreckage … was found near the village of Y":
// the same wreckage told again, with where it lay.
const WRECKAGE = /\b(?:wreckage|debris|fragments)\b/i;
const WRECKAGE_FOUND_AGAIN =
  /\b(?:the|a|its)\s+(?:(?:drone|UAV|Shahed)\s+)?(?:wreckage|debris|fragments)\b[^.;]{0,80}?\b(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:found|discovered|located)\b/i;
// "these drones targeted the A, B and C regions": the same drones, with where they flew.
const SAME_DRONES_AIMED =
  /\b(?:the|these|those)\s+(?:\w+\s+)?(?:drones|UAVs)\s+(?:had\s+)?(?:targeted|attacked|flew\s+over|were\s+(?:flying|heading)\s+(?:over|towards?|to))\b/i;
// "The Russians attacked the A and B regions", "The Russian attack targeted …": where the whole attack went.
const ATTACK_AIMED =
  /\b(?:the\s+(?:Russian\s+|Ukrainian\s+|enemy\s+|drone\s+)?attack|the\s+(?:Russians|Ukrainians|enemy|occupiers))\s+(?:had\s+)?(?:targeted|attacked)\b/i;

/** The sentences after a tally (up to four of its section) that tell the same drones again, with no count of their own. */
function sameDronesAfter(d: Dispatch, s: Sentence, count: number): Sentence | null {
  // Where the whole attack went is the place of a tally of the whole attack, not of one of its parts
  // ("shot down four kamikaze drones and one reconnaissance drone. The attack targeted A and B regions").
  const whole = countsIn(d, s).filter((n) => dronePhrase(s.text, n, parseCount)).length <= 1;
  for (const f of followingInSection(d, s, 4)) {
    // Another count of drones is another tally: the same drones are not told past it.
    if (countsIn(d, f).some((n) => dronePhrase(f.text, n, parseCount))) return null;
    if (count === 1 ? SAME_DRONE_AGAIN.test(f.text) || (WRECKAGE.test(s.text) && WRECKAGE_FOUND_AGAIN.test(f.text)) : SAME_DRONES_AGAIN.test(f.text) || SAME_DRONES_AIMED.test(f.text) || (whole && ATTACK_AIMED.test(f.text))) return f;
  }
  return null;
}

/**
 * A tally that names no place may be followed (within four sentences of its section) by the same
 * drones told again without a number, with the regions: "... destroyed all 27 drones. All of them
 * were shot down in the Kyiv, Poltava and Sumy regions." That sentence's place is the tally's.
 */
function placeFollowing(d: Dispatch, s: Sentence, count: number): { place: PlaceMention; source: "context" } | null {
  const counted = regionsNamedNext(d, s) ?? breakdownNext(d, s, count) ?? listedNext(d, s, count);
  if (counted) return counted;
  const f = sameDronesAfter(d, s, count);
  // "They were also shot down in the south, in particular in the A and B regions": examples, not all of them.
  const place = f && !SOME_OF_THEM.test(f.text) ? pickPlace(d.places(f).filter((p) => !p.dateline && !p.landmark), f.text.length) : null;
  return place ? { place, source: "context" } : null;
}

/**
 * "… 33 drones … was stopped. Air defences destroyed over Belgorod (four drones), … and Kaluga (six drones)
 * regions": a total told again right after as its parts by region, the parts adding up to it, is
 * placed at the regions of its parts, joined (the parts stay facts of their own, guide §2).
 */
function breakdownNext(d: Dispatch, s: Sentence, count: number): { place: PlaceMention; source: "context" } | null {
  const next = nextInSection(d, s);
  const parts = next ? readingsIn(d, next).filter((r) => r.partPlace) : [];
  if (parts.length < 2 || parts.reduce((total, r) => total + r.count, 0) !== count) return null;
  const joined = joinedRegions(parts.flatMap((r) => (r.partPlace ? [r.partPlace] : [])));
  return joined && joined.count === parts.length ? { place: joined.place, source: "context" } : null;
}

/**
 * "shot down 11 drones over four regions of the country. … the drones were downed over the A and B
 * regions, the C region and the D region": a tally that counts its regions is placed by the next
 * sentence that names that many regions (a list the tally announced, told right after it).
 */
function regionsNamedNext(d: Dispatch, s: Sentence): { place: PlaceMention; source: "context" } | null {
  const n = regionsCounted(s.text, parseCount);
  const next = n ? nextInSection(d, s) : null;
  const joined = next ? joinedRegions(d.places(next)) : null;
  return joined && joined.count === n ? { place: joined.place, source: "context" } : null;
}

const SOME_OF_THEM = /\b(?:in\s+particular|particularly|notably|especially|among\s+others|among\s+them|including|also)\b/i;
// ", hitting …", ", damaging …": a participle clause of result after the count.
const RESULT_CLAUSE = /,\s+(?:hitting|damaging|striking|killing|injuring|wounding|destroying|setting|causing|knocking)\b/i;

function resultClauseBetween(text: string, from: number, to: number): boolean {
  return to > from && RESULT_CLAUSE.test(text.slice(from, to));
}

/**
 * "Another drone was destroyed over the Belgorod region. … it had been shot down over Tulyanka
 * village.": a tally placed in a region, told again with a town of that region, is placed at the town
 * (the most specific place the text names for it).
 */
function refinedFollowing(d: Dispatch, s: Sentence, count: number, own: PlaceMention): { place: PlaceMention; source: "sentence" } | null {
  if (own.tier !== "region" || !own.name) return null;
  const f = sameDronesAfter(d, s, count);
  if (!f) return null;
  const places = d.places(f);
  // One town: two towns of the region ("over A and B") are no single finer place of the tally.
  const towns = places.filter((p) => townOfRegion(p, own, places));
  const town = towns.length === 1 ? towns[0] : null;
  // A village no gazetteer knows lies in the region's country.
  return town ? { place: { ...town, country: town.country ?? own.country }, source: "sentence" } : null;
}

/**
 * "Ukraine shot down all five drones ... Russia used three Shahed-type drones and two drones of
 * an unidentified type": launches that add up to a count stated earlier are its parts.
 */
function withoutParts(d: Dispatch, s: Sentence, readings: Reading[]): Reading[] {
  const launches = readings.filter((r) => r.outcome === "launched");
  if (launches.length < 2) return readings;
  const sum = launches.reduce((total, r) => total + r.count, 0);
  const earlier = precedingInSection(d, s, "section").flatMap((p) => readingsIn(d, p));
  return earlier.some((r) => r.count === sum || r.launched === sum) ? readings.filter((r) => r.outcome !== "launched") : readings;
}

// A regional breakdown told as bare list lines under a shoot-down header ending in a colon
// ("… shot down 42 drones over these regions:" / "Kharkiv region – 5" / "nine in Poltava Oblast"):
// each line is a per-place fact beside the aggregate (guide §2).
const REGION_WORD = String.raw`(?:[Rr]egion|[Oo]blast|[Pp]rovince)`;
// The count of a line: a figure or a number word ("7", "nine", "twenty-one").
const LINE_COUNT = String.raw`(?:\d{1,4}|[a-z]+(?:-[a-z]+)?)`;
// The place of a line: "Smolensk region", "the territory of the Oryol region", "Kursk".
const LINE_NAME = String.raw`[A-Z][\p{L}’'-]+(?:\s[A-Z][\p{L}’'-]+)?`;
const LINE_PLACE = String.raw`(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?${LINE_NAME}(?:\s+${REGION_WORD})?`;
const DASH = String.raw`\s*[–—-]\s*`;
// A line may close with a part of its own count ("…, including 2 UAVs flying towards Moscow"): no new fact.
const LINE_TAIL = String.raw`(?:,\s+including\s[^\n]{1,80}?)?`;
const LIST_LINE = new RegExp(
  String.raw`^\W{0,3}(?:` +
    // "Kharkiv region – 5", "over the territory of Kursk region – 5", "over Kursk – 5"
    String.raw`(?:${LINE_NAME}\s+${REGION_WORD}\s*[–—:-]|over\s+${LINE_PLACE}${DASH})\s*${LINE_COUNT}` +
    // "nine in Poltava Oblast", "7 – over the territory of Smolensk region", "3 - over Bryansk"
    String.raw`|${LINE_COUNT}\s+(?:in|over)\s+(?:the\s+)?${LINE_NAME}\s+${REGION_WORD}|${LINE_COUNT}${DASH}over\s+${LINE_PLACE}` +
    String.raw`)${LINE_TAIL}\s*[.;,]?\s*$`,
  "u",
);
const LIST_HEADER = /\b(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|eliminated|suppressed)\b[^\n]*:\s*$/i;

/** The sentence is the whole of its line (the items of a list stand one a line). */
function ownLine(d: Dispatch, s: Sentence): boolean {
  const before = d.text.lastIndexOf("\n", s.start - 1);
  const after = d.text.indexOf("\n", s.end);
  return !d.text.slice(before + 1, s.start).trim() && !d.text.slice(s.end, after < 0 ? d.text.length : after).trim();
}

/** The list lines right after a shoot-down header that ends in a colon ("… destroyed 21 drones:"). */
function listLinesAfter(d: Dispatch, s: Sentence): Sentence[] {
  if (!/:\s*$/.test(s.text)) return [];
  const lines: Sentence[] = [];
  for (let i = s.index + 1; i < d.sentences.length; i++) {
    const f = d.sentences[i];
    if (!f || !LIST_LINE.test(f.text) || !ownLine(d, f)) break;
    lines.push(f);
  }
  return lines;
}

/**
 * "… destroyed 21 drones:" / "7 – over the territory of A region," / … : a total whose list lines
 * add up to it is placed at the regions of the lines, joined (the lines stay facts of their own, guide §2).
 */
function listedNext(d: Dispatch, s: Sentence, count: number): { place: PlaceMention; source: "context" } | null {
  const lines = listLinesAfter(d, s);
  if (lines.length < 2) return null;
  const places: PlaceMention[] = [];
  let sum = 0;
  for (const f of lines) {
    const n = countsIn(d, f)[0];
    const p = d.places(f).find((x) => !x.dateline);
    if (!n || !p) return null;
    sum += n.value;
    places.push(p);
  }
  if (sum !== count) return null;
  const joined = joinedRegions(places);
  return joined && joined.count === lines.length ? { place: joined.place, source: "context" } : null;
}

function listLineFact(d: Dispatch, s: Sentence): Candidate[] {
  if (!LIST_LINE.test(s.text)) return [];
  let i = s.index - 1;
  while (i >= 0 && LIST_LINE.test(d.sentences[i]?.text ?? "")) i--;
  const header = d.sentences[i];
  if (!header || !LIST_HEADER.test(header.text) || !/drone|UAV|unmanned|Shahed|Geran/i.test(header.text)) return [];
  const n = countsIn(d, s)[0];
  const place = d.places(s).find((p) => !p.dateline) ?? null;
  if (!n || !place?.country || (!s.isHeading && !/:\s*$/.test(header.text))) return [];
  const claimant = findClaimant(header.text, header.text.length) ?? fromContext(d, header, (t) => findClaimant(t, t.length), "paragraph") ?? place.country;
  const date = dateFor(d, header, header.text.length);
  const rule: RuleName = "drone.shot-down";
  return [
    {
      kind: "drone",
      rule,
      key: n.value,
      dateSource: date.source,
      placeSource: "sentence",
      isHeading: false,
      section: s.section,
      fact: {
        kind: "drone",
        date: date.date,
        country: place.country,
        place: place.name,
        count: n.value,
        launched: null,
        outcome: "shot_down",
        claimant,
        ...quoteOf(d.text, s),
        rule,
        confidence: confidenceOf({ rule, date: date.source, place: "sentence", isHeading: false, guessed: 1 }),
      },
    },
  ];
}

function detect(d: Dispatch, s: Sentence): Candidate[] {
  // A line of its own (a heading, or a line closed by a comma or stop) that counts drones over one place.
  if (LIST_LINE.test(s.text) && ownLine(d, s)) {
    const parts = listLineFact(d, s);
    if (parts.length > 0 || s.isHeading) return parts;
  }
  const out: Candidate[] = [];
  for (const r of withoutParts(d, s, readingsIn(d, s))) {
    // "… attacked the village using a drone. … the detonation of the drone near the building": the one drone
    // launched is told (as "the drone") to have come down there — a hit.
    // "Troops attacked the village of X with a drone. One civilian died.": one drone sent at a settlement, with the harm
    // it did told there or next, struck it — a hit.
    if (r.outcome === "launched" && r.count === 1 && (followingInSection(d, s, 2).some((f) => THE_DRONE_CAME_DOWN.test(f.text)) || struckSettlement(d, s))) {
      r.outcome = "hit";
      r.launched = null;
    }
    const { claimant, country, place, placeSource, guessed } = attribution(d, s, r);
    const date = dateFor(d, s, r.start);
    if (date.source !== "sentence" && presupposedByHeadline(d, s)) {
      d.diagnose(`drop drone ${r.count}: background the headline presupposes, no day of its own: ${s.text.slice(0, 80)}`);
      continue;
    }
    if (!country) {
      d.diagnose(`drop drone ${r.count}: no country in: ${s.text.slice(0, 80)}`);
      continue;
    }
    const partOf = r.outcome === "shot_down" ? totalOfParts(d, s, r) : null;
    const rule: RuleName =
      r.outcome === "shot_down" ? (r.launched !== null ? "drone.shot-down-of-launched" : "drone.shot-down") : r.outcome === "hit" ? "drone.hit" : "drone.launched";
    out.push({
      kind: "drone",
      rule,
      key: r.count,
      dateSource: date.source,
      placeSource,
      isHeading: s.isHeading,
      section: s.section,
      ...(partOf !== null ? { partOf } : {}),
      fact: {
        kind: "drone",
        date: date.date,
        country,
        place: place?.name ?? null,
        count: r.count,
        launched: r.launched,
        outcome: r.outcome,
        claimant,
        ...quoteOf(d.text, s),
        rule,
        confidence: confidenceOf({ rule, date: date.source, place: placeSource, isHeading: s.isHeading, guessed }),
      },
    });
  }
  return out;
}

/**
 * "… announced the downing of 13 drones in Krasnodar. … shot down five drones in the Krasnodar region. … also
 * mentioned intercepting eight drones over the Black Sea": a total told first, then its parts one sentence each
 * (up to three sentences after it, adding up to it). The part is a fact beside the total (guide §2), not a
 * later figure that updates it, even where the two share a place. Returns the total, or null.
 */
function totalOfParts(d: Dispatch, s: Sentence, r: Reading): number | null {
  const shotDown = (x: Sentence) => (droneExtractor.trigger.test(x.text) ? readingsIn(d, x).filter((y) => y.outcome === "shot_down" && !y.partPlace) : []);
  for (const p of precedingInSection(d, s, "section").slice(0, 3)) {
    const totals = shotDown(p).filter((t) => t.count > r.count);
    if (totals.length !== 1) continue;
    const total = totals[0]?.count ?? 0;
    const parts = followingInSection(d, p, 3).flatMap((f) => (f === s ? [r] : shotDown(f)));
    let sum = 0;
    for (const part of parts) {
      sum += part.count;
      if (sum === total) return parts.indexOf(r) >= 0 && parts.indexOf(r) <= parts.indexOf(part) && parts.indexOf(part) >= 1 ? total : null;
      if (sum > total) break;
    }
  }
  return null;
}

/** "Ukraine's air defences shot down ...": the side that shoots down is the one that reports it. */
function shooterIn(sentence: string): string | null {
  for (const m of findCountryMentions(sentence)) {
    if (SHOOTER_AFTER.test(sentence.slice(m.end, m.end + 60))) return m.code;
  }
  return null;
}

// "later raised the number to", "the updated figure", "in its latest report": a count that replaces one told before.
const DRONE_UPDATE = /\b(?:later|updated|latest|revised|final(?:\s+(?:count|tally|figure))|rose\s+to|risen\s+to|raised\s+(?:the\s+(?:number|count|figure)\s+)?to)\b/i;

const ANOTHER_DRONE = /\b(?:another|a\s+further|one\s+more|(?:a|the)\s+(?:second|third|fourth|fifth))\s+(?:[\w-]+\s+)?(?:drones?|UAVs?|unmanned|one\b)/i;

export const droneExtractor: KindExtractor = {
  kind: "drone",
  // Shoot-down verbs too: "Air defence destroyed 58." counts the drones of the sentence before.
  // And a bare list line of a regional breakdown ("Kharkiv region – 5"), read only under a shoot-down header.
  trigger: /drone|UAV|unmanned|Shahed|Geran|Lancet|destroy|shot down|downed|intercept|neutrali|(?:region|oblast|province)\s*[–—:-]\s*\w+\W*$|^\W{0,3}(?:\w+\s*[–—-]\s*)?over\s|^\W{0,3}[\w-]+\s+(?:in|over)\s+(?:the\s+)?[\w’'-]+(?:\s[\w’'-]+)?\s+(?:region|oblast|province)\W*$/i,
  detect,
  sameEvent(a, b, ctx) {
    if (a.fact.kind !== "drone" || b.fact.kind !== "drone") return false;
    const fa = a.fact;
    const fb = b.fact;
    const claimantsAgree = !fa.claimant || !fb.claimant || fa.claimant === fb.claimant;
    // "16 drones were launched" and "14 of 16 were shot down" tell one attack; so do "Russia
    // launched 728 drones" and, under the same heading, "air defense forces neutralized 711 drones".
    const launchOf = (x: typeof fa, y: typeof fb) =>
      x.outcome === "launched" &&
      y.outcome === "shot_down" &&
      (y.launched === x.count || (y.launched === null && y.count <= x.count && a.section === b.section));
    // "another drone was downed …", "a third drone": one more drone, never a repeat of a count told with a place.
    const another = a.key === 1 && fa.quote !== fb.quote && (ANOTHER_DRONE.test(fa.quote) || ANOTHER_DRONE.test(fb.quote)) && (!fa.place || !fb.place);
    const sameCount = a.key === b.key && fa.outcome === fb.outcome && !another;
    return (sameCount || launchOf(fa, fb) || launchOf(fb, fa)) && claimantsAgree && compatibleDates(a, b) && (!sameCount || samePlace(a, b, ctx));
  },
  // One side's shoot-downs over one place on one day: a later count updates an earlier one.
  // Two counts of one side that name no place, on one day, one of them saying it updates ("later", "rose"): one tally.
  sameTally: (a, b) =>
    a.fact.kind === "drone" &&
    b.fact.kind === "drone" &&
    a.fact.outcome === b.fact.outcome &&
    a.fact.claimant !== null &&
    a.fact.claimant === b.fact.claimant &&
    a.partOf !== b.key &&
    b.partOf !== a.key &&
    (sameStatedPlaceAndDay(a, b) ||
      (a.fact.place === null && b.fact.place === null && a.fact.date === b.fact.date && a.section === b.section && DRONE_UPDATE.test(`${a.fact.quote} ${b.fact.quote}`))),
  // The shoot-down leads: it carries both numbers.
  rank: (c) => (c.fact.kind === "drone" && c.fact.outcome === "shot_down" ? 10 : 0),
  absorb(into, other) {
    if (into.kind !== "drone" || other.fact.kind !== "drone") return;
    if (into.outcome === "shot_down" && into.launched === null && other.fact.outcome === "launched" && other.fact.count >= into.count) {
      into.launched = other.fact.count;
    }
  },
};
