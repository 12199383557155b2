/**
 * Injury facts: people hurt in an attack at a place. One fact per injured count in a sentence,
 * with the killed count beside it, and a serious count from the same or the next sentence
 * ("Six civilians were injured ..., three of whom were in serious condition").
 */
import { findAttacker } from "../actors";
import { findCountryMentions } from "../countries";
import { isEarlierReport } from "../background";
import { PERSON_NOUN, countsIn, isEventCount } from "../counts";
import { allMatches } from "../matches";
import type { NumberMention } from "../numbers";
import { dateFor, eventClause, followingInSection, fromContext, nextInSection, placeFor, precedingInSection, type Dispatch } from "../dispatch";
import { OCCUPIED, confidenceOf, opposite, quoteOf } from "../evidence";
import { normalizePlaceName } from "../place-names";
import { attackedPlace, pickPlace, refinesCity, refinesRegion, townOfRegion, type PlaceMention } from "../places";
import type { Sentence } from "../sentences";
import type { Candidate, ExtractedFact } from "../types";
import { injuryRole, type InjuryRole } from "./injury-roles";
import type { DedupeContext, KindExtractor } from "./kind";
import { countryOfEvent, samePlace, compatibleDates, placeCore, sameStatedPlaceAndDay } from "./shared";

interface Role {
  role: InjuryRole;
  value: number;
  start: number;
  end: number;
}

// "Of the 66 people hospitalized, five remained in critical condition while 34 ...": parts of a count given before.
const PARTS_SENTENCE = /^\W*Of\s+the\b/;

// Guide §6: only casualties of an attack at a place. A toll over a period is no event: a clause that
// frames its count by a span of time ("after a week in which attacks killed 23", "a month during which
// …") or a period up to now ("this month", "this year", "in recent weeks"), unless a superlative
// singles out one attack ("the deadliest strike on the city this year killed 20").
const PERIOD_FRAME =
  /\b(?:a|the|this|last|past|another)\s+(?:[\w-]+\s+){0,2}?(?:week|month|year|weekend|fortnight|days|weeks|months|night\s+and\s+day)\s+(?:in\s+which|during\s+which|that\s+saw|of\s+attacks\s+that)\b/i;
const PERIOD_SO_FAR =
  /(?<!\b(?:\w+est|worst|first|last|most\s+\w+)\b(?:\s+[\w-]+){0,5}\s+)\b(?:this|so\s+far\s+this)\s+(?:month|year)\b|\bin\s+recent\s+(?:days|weeks|months)\b/i;
const PERIOD_OPENER = /^\W*(?:(?:So\s+far\s+)?this\s+(?:month|year)|In\s+recent\s+(?:days|weeks|months))\s*,/i;

// "31,000 soldiers have died in this war", "were killed in the war with Russia", "died during the invasion": the verb
// of the count framed by the war as a whole (the war itself as the locative, no attack between) is a war-long toll.
const WAR_CUE = /\b(?:war|invasion|conflict)\b/i;
const WAR_TOLL =
  /\b(?:died|killed|dead|perished|lost\s+(?:their|his|her)\s+lives?|wounded|injured)\s+(?:(?:so\s+far|to\s+date|overall|in\s+total)\s+)?(?:in|during|throughout)\s+(?:(?:this|the|a)\s+)?(?:(?:[\w-]+-year|full-scale|current|ongoing|whole|entire|Russian|Russia['’]s)\s+)?(?:war|invasion|conflict)\b(?!\s+(?:zone|crimes?)\b)/i;

/** The count's own clause (between commas, semicolons, dashes), or an opener framing the sentence. */
function periodToll(s: Sentence, start: number, end = start): boolean {
  if (PERIOD_FRAME.test(s.text.slice(Math.max(0, start - 140), start))) return true;
  if (PERIOD_OPENER.test(s.text)) return true;
  const from = Math.max(...[",", ";", " – ", " — ", ":"].map((c) => s.text.lastIndexOf(c, start))) + 1;
  const ends = [",", ";", " – ", " — "].map((c) => s.text.indexOf(c, start)).filter((i) => i >= 0);
  const clause = s.text.slice(from, ends.length ? Math.min(...ends) : s.text.length);
  // (The count's own commas, "31,000", close no clause: the war frame is looked for from its end.)
  const rest = s.text.slice(end, end + 120);
  const restClause = rest.slice(0, rest.search(/[;,–—]|$/));
  if (WAR_CUE.test(restClause) && WAR_TOLL.test(restClause)) return true;
  return PERIOD_SO_FAR.test(clause);
}

/** Read once per sentence: a sentence is read for its own counts and again as the one after or before another's. */
function rolesIn(d: Dispatch, s: Sentence): Role[] {
  return d.memo(`injury:roles:${s.index}`, () => readRoles(d, s));
}

// "Shelling killed a sixth person", "a third victim died in hospital": an ordinal person with an indefinite article is
// one more person (the ordinal ranks them within a toll, it is no count of its own): the count 1.
const ORDINAL_CUE = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s/i;
const ORDINAL_PERSON = new RegExp(
  String.raw`\b(?:a|another)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?:(?:elderly|young|local|civilian)\s+)?(?:${PERSON_NOUN}|victim)\b(?![’'-])`,
  "gi",
);
// "As a result of the attack man born in 1982 was killed": a person identified by the year of birth, written without
// an article (translated reports), is one person as "a man" is.
const BORN_CUE = /\sborn\s+in\s+(?:19|20)\d\d/;
const BARE_BORN_PERSON = new RegExp(String.raw`(?<!\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Tt]his|[Tt]hat|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s+)\b${PERSON_NOUN}(?=\s+born\s+in\s+(?:19|20)\d\d\b)`, "g");

/** The sentence's counts, with the persons counts.ts does not read: an ordinal person, a bare noun told by birth year. */
function personCountsIn(d: Dispatch, s: Sentence): NumberMention[] {
  const counts = countsIn(d, s, { onePerson: true });
  const extra: NumberMention[] = [];
  const add = (m: RegExpMatchArray) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!counts.some((c) => c.start < end && c.end > start)) extra.push({ value: 1, start, end, raw: m[0], isWord: true });
  };
  if (ORDINAL_CUE.test(s.text)) for (const m of allMatches(ORDINAL_PERSON, s.text)) add(m);
  if (BORN_CUE.test(s.text)) for (const m of allMatches(BARE_BORN_PERSON, s.text)) add(m);
  return extra.length === 0 ? counts : [...counts, ...extra].sort((a, b) => a.start - b.start);
}

function readRoles(d: Dispatch, s: Sentence): Role[] {
  const out: Role[] = [];
  const parts = PARTS_SENTENCE.test(s.text);
  let last: InjuryRole | null = null;
  for (const n of personCountsIn(d, s)) {
    // Memoized per dispatch (so are the counts): rules re-read neighbouring sentences' roles.
    const found: InjuryRole | null = d.memo(`role:${s.index}:${n.start}:${n.end}`, () => injuryRole(s.text, n)) ?? gappedRole(d, s, n, last);
    const role = parts && found !== "serious" ? null : found;
    if (found) last = found;
    // An earlier report ("Earlier, the governor reported 15 wounded and one dead") is read too: dedupe
    // drops it, but its deaths join the current tally of the same event when that one states none.
    if (!role || !isEventCount(d, s, n, true)) continue;
    if (periodToll(s, n.start, n.end)) {
      d.diagnose(`skip "${n.raw}" (a toll over a period) in: ${s.text.slice(0, 80)}`);
      continue;
    }
    out.push({ role, value: n.value, start: n.start, end: n.end });
  }
  return out;
}

// "Three people were killed in X and one in Y", "two died in X, one in Y": the verb of the count before is left
// out (gapping); the count and its place are all that is said. Cheap cues first: a coordinator or comma before
// the count, a preposition of place right after it (a noun of people between at most).
// A dash or colon opening the breakdown too: "Four were killed in the region — three in X and one in Y".
const GAP_BEFORE = /(?:,|[—–:]|\band|\bwhile|\bwith)\s+$/i;
const GAP_AFTER = /^\s+(?:(?:others?|more|people|persons|civilians|residents)\s+)?(?:in|at|near|on)\s+(?:the\s+)?(?:(?:city|town|village|settlement|district|region)\s+of\s+)?(?=[A-Z])/;

function gappedRole(d: Dispatch, s: Sentence, n: { start: number; end: number }, last: InjuryRole | null): InjuryRole | null {
  if (last !== "killed" && last !== "injured") return null;
  if (!GAP_BEFORE.test(s.text.slice(Math.max(0, n.start - 8), n.start))) return null;
  const after = GAP_AFTER.exec(s.text.slice(n.end, n.end + 60));
  if (!after) return null;
  // The place must be one (not "in March", "on Monday"), and the clause must end with it: no verb of its own after.
  const at = n.end + after[0].length;
  const place = d.places(s).find((p) => p.start === at);
  if (!place) return null;
  return /^[^,.;]{0,30}?\b(?:was|were|is|are|has|have|had)\b/i.test(s.text.slice(place.end, place.end + 40)) ? null : last;
}

function nearestOf(roles: Role[], kinds: InjuryRole[], anchor: number): Role | null {
  let best: Role | null = null;
  for (const r of roles) {
    if (!kinds.includes(r.role)) continue;
    if (!best || Math.abs(r.start - anchor) < Math.abs(best.start - anchor)) best = r;
  }
  return best;
}

const isInjured = (r: Role) => r.role === "injured" || r.role === "injured+serious";

/**
 * "... two of the wounded were in critical condition" may follow a sentence or two later,
 * until a sentence counts injured people of its own. Returns the count and the sentence saying it.
 */
function seriousFollowing(d: Dispatch, s: Sentence, injured: number): { serious: number; sentence: Sentence } | null {
  // The story of the same people runs on for a few sentences (where they were taken, how they are),
  // until a sentence counts injured people of its own or tells another event.
  for (const f of followingInSection(d, s, 4)) {
    if (SEPARATE_EVENT.test(f.text)) return null;
    const roles = rolesIn(d, f);
    // "Five people suffered severe injuries" after "32 were injured": the serious part of the count.
    const part = seriousPart(d, f, roles, injured);
    if (part) return { serious: part.value, sentence: f };
    if (roles.some(isInjured)) return null;
    const serious = nearestOf(roles, ["serious"], 0);
    if (serious && serious.value <= injured) return { serious: serious.value, sentence: f };
    // "The man taken to hospital … is in serious condition now": one of the counted people, referred back to.
    if (SERIOUS_ONE_REFERRED.test(f.text)) return { serious: 1, sentence: f };
  }
  return null;
}

// A definite singular person ("the man", "the injured woman") told to be in a grave condition: one of
// the people counted before (coreference), so a serious count of one.
const SERIOUS_ONE_REFERRED = new RegExp(
  String.raw`\b[Tt]he\s+(?:(?:injured|wounded|elderly|young|local|[\w-]+-year-old)\s+){0,2}${PERSON_NOUN}\b(?![’'-])[^.;]{0,100}?\b(?:is|was|remains|remained)\s+(?:(?:now|currently|still)\s+)?(?:in\s+(?:an?\s+)?(?:(?:extremely|very|particularly|critically|especially)\s+)?(?:serious|critical|grave|severe)\s+condition|(?:seriously|critically|severely|gravely)\s+(?:injured|wounded|ill))`,
);

/** The sentence's only injured count is a smaller, all-serious one and it names no place of its own. */
function seriousPart(d: Dispatch, s: Sentence, roles: Role[], injured: number): Role | null {
  const inj = roles.filter(isInjured);
  const only = inj.length === 1 ? inj[0] : undefined;
  if (!only || only.role !== "injured+serious" || only.value >= injured || d.places(s).length > 0) return null;
  return only;
}

/** An all-serious count right after a larger injured count (two sentences at most) is that count's part. */
function isSeriousPartOfEarlier(d: Dispatch, s: Sentence, roles: Role[]): boolean {
  return precedingInSection(d, s, "section")
    .slice(0, 2)
    .some((p) => rolesIn(d, p).some((r) => isInjured(r) && seriousPart(d, s, roles, r.value) !== null));
}

// "In a separate attack", "another strike", "separately": the sentence tells another event.
const SEPARATE_EVENT = /\b(?:separate|another|second|different)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|shelling|raids?|incidents?|explosions?)\b|\bseparately\b/i;

/** Two sentences that each state a day state the same one (or one of them states none). */
function sameStatedDay(d: Dispatch, a: Sentence, b: Sentence): boolean {
  const da = d.dates(a).filter((m) => m.strength === "strong").map((m) => m.date);
  const db = d.dates(b).filter((m) => m.strength === "strong").map((m) => m.date);
  return da.length === 0 || db.length === 0 || da.some((x) => db.includes(x));
}

/**
 * "Four were killed in the region. Three died in X and one in Y. Ten others were injured.": a sentence whose
 * deaths are each placed by their own clause (two places or more) breaks down a total the sentence before it
 * states (the parts add up to it). Returns that sentence and its count.
 */
function totalOfBreakdown(d: Dispatch, prev: Sentence, killed: Role[]): { role: Role; sentence: Sentence } | null {
  if (killed.length < 2) return null;
  const places = new Set(killed.map((k) => placeCore(placeAfterRole(d, prev, k, killed)?.name ?? "")));
  if (places.has("") || places.size < killed.length) return null;
  const sum = killed.reduce((a, k) => a + k.value, 0);
  const before = precedingInSection(d, prev, "section")[0];
  if (!before || rolesIn(d, before).some(isInjured)) return null;
  const total = rolesIn(d, before).find((r) => r.role === "killed" && r.value === sum);
  return total ? { role: total, sentence: before } : null;
}

/**
 * "Eleven people were killed. The attack also injured 84 people.": the deaths of the sentence before
 * (`role`, in `sentence`: it also places a count that names no place of its own).
 */
function killedBefore(d: Dispatch, s: Sentence): { killed: number; sentence: Sentence; role: Role } | null {
  const prev = precedingInSection(d, s, "section")[0];
  if (!prev || prev.isHeading) return null;
  const roles = rolesIn(d, prev);
  if (roles.some(isInjured)) return null;
  // A placeless count after a breakdown of deaths by place belongs to the total, not to its last part.
  const killedRoles = roles.filter((r) => r.role === "killed");
  if (killedRoles.length > 1 && d.places(s).length === 0 && !SEPARATE_EVENT.test(s.text)) {
    const total = totalOfBreakdown(d, prev, killedRoles);
    if (total) return { killed: total.role.value, sentence: total.sentence, role: total.role };
  }
  const killed = nearestOf(roles, ["killed"], prev.text.length);
  // "In a separate attack, nine were wounded", or two days stated: two events.
  if (SEPARATE_EVENT.test(s.text) || !sameStatedDay(d, prev, s)) return null;
  // "Two were killed in Kherson. In Kharkiv, five were injured.": two places, two events.
  const here = d.places(s).map((p) => placeCore(p.name ?? ""));
  const there = d.places(prev).map((p) => placeCore(p.name ?? ""));
  if (here.length > 0 && there.length > 0 && !here.some((p) => there.includes(p))) return null;
  return killed ? { killed: killed.value, sentence: prev, role: killed } : null;
}

/** The attacker named in the sentence, before it, or right after it; else guessed from the ground. */
function attackerOf(d: Dispatch, s: Sentence, anchor: number, place: PlaceMention | null): { attacker: string | null; guessed: boolean } {
  const next = nextInSection(d, s);
  const named =
    findAttacker(s.text, anchor) ?? fromContext(d, s, (t) => findAttacker(t, t.length)) ?? (next ? findAttacker(next.text, 0) : null);
  if (named || !place?.country) return { attacker: named, guessed: false };
  // No one named: a strike inside Russia or on occupied ground is Ukraine's, elsewhere Russia's.
  const occupied = place.name !== null && OCCUPIED.has(normalizePlaceName(place.name));
  return { attacker: place.country === "RU" ? "UA" : place.country === "UA" && !occupied ? "RU" : null, guessed: true };
}

/** An injury fact as both rules propose it: the counts, where and when, the quote and its confidence. */
function injuryCandidate(
  d: Dispatch,
  s: Sentence,
  c: {
    rule: "injury.killed-only" | "injury.injured";
    key: number;
    date: ReturnType<typeof dateFor>;
    placeSource: ReturnType<typeof placeFor>["source"];
    place: PlaceMention | null;
    country: string;
    counts: { injured: number | null; killed: number | null; serious: number | null };
    attacker: string | null;
    guessed: boolean;
    /** The sentences the quote spans (a count told across two); the count's own by default. */
    quote?: [Sentence, Sentence];
  },
): Candidate {
  const [from, to] = c.quote ?? [s, s];
  return {
    kind: "injury",
    rule: c.rule,
    key: c.key,
    dateSource: c.date.source,
    placeSource: c.placeSource,
    isHeading: s.isHeading,
    section: s.section,
    fact: {
      kind: "injury",
      date: c.date.date,
      country: c.country,
      place: c.place?.name ?? null,
      ...c.counts,
      attacker: c.attacker,
      ...quoteOf(d.text, from, to),
      rule: c.rule,
      confidence: confidenceOf({ rule: c.rule, date: c.date.source, place: c.placeSource, isHeading: s.isHeading, guessed: c.guessed ? 1 : 0 }),
    },
  };
}

/**
 * "Nine people were killed in Kharkiv while two others were killed in Krasnohrad": deaths with
 * no injured count are facts too (the guide scores killed then), one per count, each placed by
 * its own clause. A death toll that no place frames ("50,000 soldiers killed") is no event here.
 */
function killedOnly(d: Dispatch, s: Sentence, roles: Role[], all: Role[] = roles): Candidate[] {
  const out: Candidate[] = [];
  for (const k of roles.filter((r) => r.role === "killed")) {
    // "Three were killed in X and one in Y": with several counts, each is placed by the place told after it.
    const own = placeAfterRole(d, s, k, all);
    const counted = placeOfCount(d, s, k.start);
    const { place, source: placeSource } = own && counted.source === "sentence" ? { place: own, source: "sentence" as const } : counted;
    const { attacker, guessed } = attackerOf(d, s, k.start, place);
    // "A woman was killed in a Russian drone attack, the governor said": no place named, but an
    // attack by a named side; the country is the section's, else the attacked side's.
    // An earlier report after a heading ("Read also …") still tells of the dispatch's event: it is only ever
    // absorbed into the current tally (dedupe.ts), so it takes the country of the places named before it.
    const placeless = !place && attackJustTold(d, s) ? (sectionCountry(d, s) ?? opposite(attacker) ?? (isEarlierReport(s.text) ? countryBefore(d, s) : null)) : null;
    const country = place?.country ?? countryOfEvent(s.text) ?? placeless;
    if (!country) {
      d.diagnose(`drop killed ${k.value}: no place in: ${s.text.slice(0, 80)}`);
      continue;
    }
    const date = dateOfCount(d, s, k.start, place);
    out.push(injuryCandidate(d, s, {
      rule: "injury.killed-only",
      key: k.value,
      date,
      placeSource,
      place,
      country,
      counts: { injured: null, killed: k.value, serious: null },
      attacker,
      guessed,
    }));
  }
  return out;
}

/**
 * The sentence, or the one right before it in its section, tells of an attack: "Russian invaders shelled X.
 * One person received fatal injuries." (the deaths of that attack, not a toll over a period).
 */
function attackJustTold(d: Dispatch, s: Sentence): boolean {
  if (ATTACK_WORD.test(s.text)) return true;
  const prev = precedingInSection(d, s, "section")[0];
  return !!prev && !prev.isHeading && prev.paragraph === s.paragraph && ATTACK_WORD.test(prev.text);
}

// The sentence tells of an attack (so its casualties are an event, not a toll).
const ATTACK_WORD = /\b(?:attack|strike|struck|shell(?:ing|ed)?|drone|missile|rocket|bomb(?:ing|ed)?|explosion|blast|hit|shrapnel|debris|artillery|raid)s?\b/i;

/** The country of the nearest place named before `s` anywhere in the dispatch. */
function countryBefore(d: Dispatch, s: Sentence): string | null {
  for (let i = s.index - 1; i >= 0; i--) {
    const p = d.sentences[i];
    const known = p && !p.isFurniture ? d.places(p).find((m) => m.country) : undefined;
    if (known) return known.country;
  }
  return null;
}

function sectionCountry(d: Dispatch, s: Sentence): string | null {
  const before = precedingInSection(d, s, "section");
  for (const p of before) {
    const known = d.places(p).find((m) => m.country);
    if (known) return known.country;
  }
  // No place of a known country: a capital named before ("the Kyiv City Military Administration
  // chief reported …", then districts of "the capital") is the city the section is about.
  for (const p of before.reverse()) {
    const capital = findCountryMentions(p.text).find((m) => m.kind === "capital");
    if (capital) return capital.code;
  }
  return null;
}

// "The number of injured later rose to eight", "the death toll has climbed to 12": an update of a tally
// told before, so it refers back to that event's place even when it names none.
const TALLY_UPDATE =
  /\b(?:number\s+of\s+(?:the\s+)?(?:injured|wounded|dead|victims|casualties)|death\s+toll|toll)\b[^.;]{0,60}?\b(?:rose|rises|risen|climbed|climbs|increased|increases|grown|grew|grows|jumped|jumps|reached|reaches|went\s+up|goes\s+up|gone\s+up)\b/i;
// "The health minister later clarified that 14 people had been injured": the same source corrects its
// figure (guide §2: only the latest stated figure of a tally is kept).
const TALLY_CORRECTION =
  /\b(?:later|subsequently|afterwards)\s+(?:\w+\s+)?(?:clarified|corrected|revised|updated|specified|amended)\b|\b(?:clarified|corrected|revised|updated|amended)\s+(?:(?:the|their|his|her|its|an\s+earlier)\s+)?(?:figure|number|toll|count|tally|information|data|report)\b/i;
const updatesTally = (text: string) => TALLY_UPDATE.test(text) || TALLY_CORRECTION.test(text);

/**
 * "On 30 March, debris fell on the city. Officials reported 40 injured.": a count that names no
 * place and no day, right after an earlier event its paragraph dates (a day before the report)
 * and that counts no one, tells that event's casualties. Returns the event's sentence.
 */
function dayEventBefore(d: Dispatch, s: Sentence): Sentence | null {
  if (d.places(s).length > 0 || d.dates(s).some((m) => m.strength === "strong")) return null;
  const prev = precedingInSection(d, s, "paragraph")[0];
  // An earlier event the dispatch dates ("On 30 December, …"), not the report's own day.
  if (!prev || prev.isHeading || !ATTACK_WORD.test(prev.text) || !d.dates(prev).some((m) => m.strength === "strong" && m.date !== d.published)) return null;
  return rolesIn(d, prev).length === 0 ? prev : null;
}

/**
 * With several counts in the sentence: the first place named after `r`, before the next count. A district no
 * gazetteer knows ("a woman was wounded in the Petrovsky district") is in the country the section is about.
 */
function placeAfterRole(d: Dispatch, s: Sentence, r: Role, roles: Role[]): PlaceMention | null {
  if (roles.length < 2) return null;
  const next = roles.filter((o) => o.start > r.start).reduce((min, o) => Math.min(min, o.start), s.text.length);
  const found = d.places(s).find((p) => p.start > r.start && p.start < next && !p.landmark) ?? null;
  return found && !found.country ? { ...found, country: sectionCountry(d, s) } : found;
}

// "All of them … were killed in …", "They were injured in …", "The victims were wounded near …": the
// same victims told again (the sentence opens on them).
const SAME_VICTIMS =
  /^\W*(?:All\s+(?:of\s+them|(?:two|three|four|five|six|seven|eight|nine|ten)(?:\s+of\s+them)?)|Both(?:\s+of\s+them)?|They|The\s+(?:victims|dead|injured|wounded))\b[^.;]{0,160}?\b(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt)\b/i;

// "… said that the 48-year-old was working in the village of X when she received shrapnel wounds", "The woman
// was injured in …": one victim told again by a definite description, as the subject of an injury.
const SAME_VICTIM =
  /(?:^\W*|\bthat\s+)(?:the|this)\s+(?:\d+-year-old(?:\s+(?:man|woman|girl|boy|resident|pensioner|driver))?|woman|man|victim|girl|boy|pensioner|resident)\b[^.;]{0,140}?\b(?:was\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt)|(?:received|sustained|suffered)\s+(?:\w+\s+){0,2}(?:wounds|injuries)|died)\b/i;

/** The count's sentence tells of one person ("A woman … died"), so a definite "the woman" after it is that one. */
function oneVictim(text: string): boolean {
  return ONE_PERSON.test(text) && !SEVERAL_PEOPLE.test(text);
}
const ONE_PERSON = /\b(?:a|an|one)\s+(?:\d+-year-old\s+)?(?:woman|man|girl|boy|person|civilian|resident|pensioner|driver|teenager|child)\b/i;
const SEVERAL_PEOPLE =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:\w+\s+)?(?:people|persons|civilians|men|women|children|residents)\b|\b(?:woman|man|girl|boy|person|civilian|driver|teenager|child)\s+and\s+(?:a|an|one|two|three|his|her)\b/i;

/**
 * "Three people were killed in Kyiv. All of them … were killed in the Desnianskyi district": a
 * following sentence (up to two of the section) that tells the same victims again with a place inside
 * the one the count's sentence names (a district of the city, a town of the region) gives that place.
 */
function placeOfSameVictims(d: Dispatch, s: Sentence, place: PlaceMention | null): PlaceMention | null {
  if (!place?.name || place.withinCity || (place.tier !== "city" && place.tier !== "region")) return null;
  for (const f of followingInSection(d, s, 2)) {
    if (!SAME_VICTIMS.test(f.text) && !(SAME_VICTIM.test(f.text) && oneVictim(s.text))) continue;
    const places = d.places(f).filter((p) => !p.landmark && !p.dateline);
    const otherCity = places.some((p) => p.tier === "city" && placeCore(p.name ?? "") !== placeCore(place.name ?? ""));
    const fit = places.filter((p) => {
      if (place.tier === "region") return townOfRegion(p, place, places);
      // A district of the city: one the sentence ties to it, or any when it names no other city.
      return p.tier === "district" && (p.country === null || p.country === place.country) && (p.withinCity || !otherCity);
    });
    // One place: two districts or towns are no single finer place of the count.
    const finer = fit.length === 1 ? fit[0] : null;
    return finer ? { ...finer, country: finer.country ?? place.country } : null;
  }
  return null;
}

// "guided bombs had hit private houses in …", "conducted a massive strike on the city of …": where the attack struck.
const STRUCK = /\b(?:hit|struck|shelled|bombed|attacked|targeted|strikes?\s+on|attacks?\s+on|shelling\s+of)\b/i;
// "also", "another", "separately", "meanwhile", "earlier": the sentence tells another event.
const OTHER_EVENT = /\b(?:also|another|separately|meanwhile|elsewhere|earlier|later|previously|in\s+addition)\b/i;

/**
 * "A man was killed in the X region … Officials said bombs hit houses in the village of Y.": the
 * sentence right after a count placed only in its region, telling where the attack struck (one town of
 * that region, no count of its own, no cue of another event), gives the town.
 */
function townStruck(d: Dispatch, s: Sentence, place: PlaceMention | null): PlaceMention | null {
  if (!place?.name || place.tier !== "region") return null;
  const next = nextInSection(d, s);
  if (!next || !STRUCK.test(next.text) || OTHER_EVENT.test(next.text) || rolesIn(d, next).length > 0) return null;
  const places = d.places(next).filter((p) => !p.landmark && !p.dateline);
  const towns = places.filter((p) => townOfRegion(p, place, places));
  const town = towns.length === 1 ? towns[0] : null;
  return town ? { ...town, country: town.country ?? place.country } : null;
}

// "Russian shelling killed seven people in four attacks on three regions on Saturday": a lead that sums up several
// attacks or places (a number of them, told as such) with casualties, before the story tells them one by one.
const ROUNDUP =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|a\s+series\s+of)\s+(?:[\w-]+\s+)?(?:attacks|strikes|raids|regions|oblasts|provinces|areas|cities|towns|settlements|communities)\b/i;

/** The dispatch's lead when it is a dated roundup of casualties over several attacks or places, in the section of `s`. */
function roundupLead(d: Dispatch, s: Sentence): { date: string } | null {
  const lead = d.memo("injury:roundup-lead", () => {
    const first = d.sentences.find((x) => !x.isHeading && !x.isFurniture);
    if (!first || !ROUNDUP.test(first.text) || rolesIn(d, first).length === 0) return null;
    const day = d.dates(first).find((m) => m.strength === "strong");
    return day ? { index: first.index, section: first.section, date: day.date } : null;
  });
  return lead && lead.section === s.section && lead.index < s.index ? { date: lead.date } : null;
}

/**
 * The day of a count: its own or one borrowed (dispatch.ts dateFor). A part of a roundup told in a later paragraph
 * with no day of its own ("In the X region, shells struck a farm, killing three"), or only a weak one ("this
 * afternoon"), is of the roundup lead's day, unless it tells another or earlier event.
 */
function dateOfCount(d: Dispatch, s: Sentence, anchor: number, place: PlaceMention | null): ReturnType<typeof dateFor> {
  const date = dateFor(d, s, anchor, (t) => !!place?.name && t.includes(place.name));
  // "this afternoon", "today" (weak: only assumed to be the report's day) yield to the day the roundup states.
  const weakOnly = date.source === "sentence" && date.date === d.published && !d.dates(s).some((m) => m.strength === "strong");
  if ((date.source !== "default" && !weakOnly) || SEPARATE_EVENT.test(s.text) || isEarlierReport(s.text)) return date;
  const lead = roundupLead(d, s);
  return lead ? { date: lead.date, source: "context" } : date;
}

// "Meanwhile, …", "Earlier, …": a sentence that opens on another event.
const OTHER_OPENER = /^\W*(?:Meanwhile|Separately|Elsewhere|Earlier|Later|Previously|In\s+addition|In\s+total|Overall|Since|During)\b/i;

// "…, he added", "she said", "they wrote": the speaker of the sentence before goes on (a pronoun for the reporter).
const SPEAKER_GOES_ON = /\b(?:he|she|they)\s+(?:added|said|continued|wrote|noted|explained|specified|clarified)\b|\b(?:added|said|wrote)\s+(?:he|she)\b/i;

/**
 * "In the X region, Russia struck the village of Y, the governor said. ¶ The body of a woman was retrieved, and two were
 * taken to hospital, he added.": a sentence that names no place, in which the speaker of the paragraph before goes on
 * (a pronoun for the reporter), right after that paragraph closes on an attack on one place that counts no one, tells
 * that attack's casualties. Without the pronoun a paragraph break ends the event (eighth pass).
 */
function attackOfParagraphBefore(d: Dispatch, s: Sentence): PlaceMention | null {
  if (!SPEAKER_GOES_ON.test(s.text) || d.places(s).length > 0 || OTHER_OPENER.test(s.text) || SEPARATE_EVENT.test(s.text)) return null;
  const prev = precedingInSection(d, s, "section")[0];
  if (!prev || prev.paragraph === s.paragraph || prev.isHeading || prev.isFurniture || rolesIn(d, prev).length > 0) return null;
  return attackedPlace(prev.text, d.places(prev));
}

// "X, a small town near Y, east of Z", "the village of X outside Y": a place named only to locate another one.
const LOCATOR_BEFORE =
  /\b(?:near|outside|close\s+to|not\s+far\s+from|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:from|of))\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i;
const isLocator = (text: string, p: PlaceMention) => LOCATOR_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start));

/**
 * A place borrowed from a sentence before is the place that sentence tells of, not one it names only to locate it:
 * "… damaged a building in X, a small town near Y, east of Z. ¶ Three residents died in the attack." → X.
 */
function withoutLocator(d: Dispatch, s: Sentence, found: ReturnType<typeof placeFor>): ReturnType<typeof placeFor> {
  const place = found.place;
  if (found.source !== "context" || !place) return found;
  const from = precedingInSection(d, s, "section").find((p) => d.places(p).includes(place));
  if (!from || !isLocator(from.text, place)) return found;
  const told = pickPlace(d.places(from).filter((p) => !p.landmark && !p.dateline && !isLocator(from.text, p)), from.text.length);
  return told ? { place: told, source: "context" } : found;
}

// "in four attacks on the south, southeast and east of Ukraine": parts of a country named by the compass, joined as
// written, are the place of a tally over them (several regions, guide §2: an aggregate's place is its own).
const COMPASS = String.raw`(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center)`;
const COMPASS_CUE = /\b(?:north|south|east|west|cent(?:re|er))[\w-]*,?\s+(?:and\s+)?(?:the\s+)?(?:north|south|east|west|cent(?:re|er))/i;
const COMPASS_AREAS = new RegExp(String.raw`\b(?:in|on|across|over)\s+the\s+(${COMPASS}(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?${COMPASS})+\s+of\s+([A-Z][a-z]+))\b`);

/** The compass parts of one country a sentence joins as the place of its tally, if any. */
function compassAreas(s: Sentence): PlaceMention | null {
  if (!COMPASS_CUE.test(s.text)) return null;
  const m = COMPASS_AREAS.exec(s.text);
  const name = m?.[1];
  if (!m || !name || !m[2]) return null;
  const country = findCountryMentions(m[2]).find((c) => c.kind === "name")?.code;
  if (!country) return null;
  const start = m.index + m[0].length - name.length;
  return { name, start, end: start + name.length, country, tier: "multi" };
}

/** The place of the count's own clause, else of its sentence, else one the sentence refers back to. */
function placeOfCount(d: Dispatch, s: Sentence, anchor: number): ReturnType<typeof placeFor> {
  const inClause = placeFor(d, s, anchor, "none", true);
  let found = inClause.place ? inClause : withoutLocator(d, s, placeFor(d, s, anchor, updatesTally(s.text) ? "section" : "referring"));
  const event = found.place ? null : dayEventBefore(d, s);
  if (event) {
    const theirs = placeOfCount(d, event, event.text.length);
    if (theirs.place) found = { place: theirs.place, source: "context" };
  }
  const attacked = found.place ? null : attackOfParagraphBefore(d, s);
  // (Stated of the attack, as attackContinued in dispatch.ts states it: a place of its own, not one merely borrowed.)
  if (attacked) found = { place: attacked, source: "sentence" };
  const areas = found.place ? null : compassAreas(s);
  if (areas) found = { place: areas, source: "sentence" };
  if (found.source === "sentence") {
    const finer = placeOfSameVictims(d, s, found.place) ?? townStruck(d, s, found.place);
    if (finer) found = { place: finer, source: "sentence" };
  }
  // A district no gazetteer knows ("the Solomianskyi district") is in the country the section is about.
  if (found.place && !found.place.country) return { ...found, place: { ...found.place, country: sectionCountry(d, s) } };
  return found;
}

function detect(d: Dispatch, s: Sentence): Candidate[] {
  const roles = rolesIn(d, s);
  const injuredRoles = roles.filter(isInjured);
  if (injuredRoles.length === 0) return killedOnly(d, s, roles);
  const out: Candidate[] = [];
  if (isSeriousPartOfEarlier(d, s, roles)) {
    d.diagnose(`skip serious part of an earlier count in: ${s.text.slice(0, 80)}`);
    return out;
  }
  // "… has risen to 28, with 12 hospitalized": a count of where the injured are cared for, beside a
  // larger injured count of the same sentence, is a part of it (nothing is computed: no second fact).
  const wholes = injuredRoles.filter((inj) => {
    const part = careCount(s.text, inj) && injuredRoles.some((o) => o !== inj && o.value > inj.value && !careCount(s.text, o));
    if (part) d.diagnose(`skip "${inj.value}" (in hospital: a part of a larger count) in: ${s.text.slice(0, 80)}`);
    const partBefore = !part && injuredRoles.length === 1 && partOfTotalBefore(d, s, inj);
    if (partBefore) d.diagnose(`skip "${inj.value}" (a lesser grade or care of a larger count told before) in: ${s.text.slice(0, 80)}`);
    return !part && !partBefore;
  });
  // "… killed three in X and one in Y, while eight were wounded in X and two in Z": with several injured counts,
  // deaths placed by their own clause join the injured count of the same place; the others are deaths-only facts.
  const paired = new Map<Role, Role>();
  if (wholes.length > 1) {
    const placeOf = (r: Role) => placeCore(placeAfterRole(d, s, r, roles)?.name ?? "");
    const unpaired: Role[] = [];
    for (const k of roles.filter((r) => r.role === "killed")) {
      const at = placeOf(k);
      if (!at) continue;
      const inj = wholes.find((w) => !paired.has(w) && placeOf(w) === at);
      if (inj) paired.set(inj, k);
      else unpaired.push(k);
    }
    out.push(...killedOnly(d, s, unpaired, roles));
  }
  for (const inj of wholes) {
    const single = wholes.length === 1;
    // Deaths of another event the sentence also tells ("…, and another attack killed seven") are their own fact.
    const [from, to] = eventClause(s.text, inj.start);
    // "two people were killed in Kupiansk and three others were injured in Izium": each count is
    // placed by the place told after it (before the next count); two places, two events.
    const injPlace = placeAfterRole(d, s, inj, roles);
    const ownEvent = (r: Role) => {
      if (r.start < from || r.start >= to) return false;
      const theirs = r.role === "killed" ? placeAfterRole(d, s, r, roles) : null;
      return !theirs || !injPlace || placeCore(theirs.name ?? "") === placeCore(injPlace.name ?? "");
    };
    if (single) out.push(...killedOnly(d, s, roles.filter((r) => r.role === "killed" && !ownEvent(r)), roles));
    let killed = single ? (nearestOf(roles.filter(ownEvent), ["killed"], inj.start)?.value ?? null) : (paired.get(inj)?.value ?? null);
    let first = s;
    const before = killed === null && single ? killedBefore(d, s) : null;
    if (before) {
      killed = before.killed;
      first = before.sentence;
    }
    let serious = inj.role === "injured+serious" ? inj.value : (nearestOf(roles, ["serious"], inj.start)?.value ?? null);
    let last = s;
    const following = serious === null && single ? seriousFollowing(d, s, inj.value) : null;
    if (following) {
      serious = following.serious;
      last = following.sentence;
    }
    // "Shelling of occupied Donetsk killed two people. Twelve others were injured.": a count that names no place
    // and joins the deaths of the sentence before is placed where those deaths are (so is the total a breakdown
    // adds up to), not in the country opposite the attacker.
    const own = placeOfCount(d, s, inj.start);
    const counted = before && (own.place === null || placeFor(d, s, inj.start, "none", true).place === null && d.places(s).length === 0)
      ? (() => {
          const theirs = placeOfCount(d, before.sentence, before.role.start);
          return theirs.place ? { place: theirs.place, source: "context" as const } : own;
        })()
      : own;
    const { place, source: placeSource } = injPlace && counted.source === "sentence" ? { place: injPlace, source: "sentence" as const } : counted;
    const date = dateOfCount(d, s, inj.start, place);
    const { attacker, guessed } = attackerOf(d, s, inj.start, place);
    // "Debris fell on a building. One person was injured.": the attack may be told in a sentence before, in its section.
    const attackTold = ATTACK_WORD.test(s.text) || precedingInSection(d, s, "section").some((p) => ATTACK_WORD.test(p.text));
    const country = place?.country ?? countryOfEvent(s.text) ?? opposite(attacker) ?? (attackTold ? sectionCountry(d, s) : null);
    if (!country) {
      d.diagnose(`drop injury ${inj.value}: no country in: ${s.text.slice(0, 80)}`);
      continue;
    }
    out.push(injuryCandidate(d, s, {
      rule: "injury.injured",
      key: inj.value,
      date,
      placeSource,
      place,
      country,
      counts: { injured: inj.value, killed, serious },
      attacker,
      guessed,
      quote: [first, last],
    }));
  }
  return out;
}

/**
 * "17 people were killed in an attack on Uman. … another 11 people in the city required hospital
 * treatment": deaths told in one sentence and the injured of the same place in another are one
 * event (guide §2: one fact per kind, place and date), so the deaths join the injured count that
 * states none. Both must name the place (stated or referred back to), not merely share a country.
 */
function deathsOfInjuredEvent(k: Candidate, i: Candidate): boolean {
  if (k.fact.kind !== "injury" || i.fact.kind !== "injury") return false;
  // "Earlier, X said the bodies of two were found, while two injured were taken to hospital" beside the current toll
  // "killed three": the earlier report's deaths are superseded by the current toll, its injured join it (guide §2).
  const superseded = i.fact.killed !== null && k.fact.killed !== null && i.fact.killed < k.fact.killed && isEarlierReport(i.fact.quote);
  if (k.fact.injured !== null || i.fact.injured === null || (i.fact.killed !== null && !superseded)) return false;
  // One sentence that tells both counts has already said whether they are one event (eventClause).
  if (k.fact.start === i.fact.start) return false;
  if (SEPARATE_EVENT.test(i.fact.quote) || SEPARATE_EVENT.test(k.fact.quote)) return false;
  if (!k.fact.place || !i.fact.place || k.fact.country !== i.fact.country || k.placeSource === "default" || i.placeSource === "default") return false;
  return placeCore(k.fact.place) === placeCore(i.fact.place) && compatibleDates(k, i);
}

/**
 * "The death toll of the strike on X has risen to four" beside "… 32 were injured, two killed": the risen
 * toll updates the deaths of the injured count's event (guide §2: the latest stated figure). Same place,
 * a larger number of deaths, and a verb of change.
 */
function deathTollUpdate(k: Candidate, i: Candidate): boolean {
  if (k.fact.kind !== "injury" || i.fact.kind !== "injury") return false;
  if (k.fact.injured !== null || i.fact.injured === null || k.fact.killed === null || i.fact.killed === null) return false;
  if (k.fact.killed <= i.fact.killed || !TALLY_UPDATE.test(k.fact.quote) || SEPARATE_EVENT.test(k.fact.quote)) return false;
  if (!k.fact.place || !i.fact.place || k.fact.country !== i.fact.country) return false;
  return placeCore(k.fact.place) === placeCore(i.fact.place) && compatibleDates(k, i);
}

/** `u` updates `of`: it borrowed its place and restates the tally with a verb of change. */
function isUpdate(u: Candidate, of: Candidate): boolean {
  return (
    u.placeSource === "context" &&
    updatesTally(u.fact.quote) &&
    u.fact.country === of.fact.country &&
    u.fact.place === of.fact.place &&
    compatibleDates(u, of)
  );
}

// "Seventeen people are in hospital", "12 were taken to hospital", "nine are already at home": where the
// injured are cared for. Beside a larger injured count of the same event such a count is a part of it.
const CARE = /\b(?:hospitali[sz](?:ed|ation)|in\s+(?:the\s+|a\s+)?hospitals?|(?:taken|brought|admitted|sent|transferred|rushed)\s+to\s+(?:the\s+|a\s+)?(?:hospitals?|medical)|at\s+home|discharged|outpatient|on\s+the\s+spot)\b/i;
const INJURY_WORD = /\b(?:injur|wound|hurt|casualt)/i;
// "three people injured in the shelling remain in hospital", "seven are still being treated at home": the
// predicate is where they are cared for (the injury only a participle before it), no finite verb of injuring.
const CARE_PREDICATE =
  /\b(?:remain|remains|remained|(?:are|is|were|was)\s+still)\s+(?:\w+\s+)?(?:in\s+(?:the\s+|a\s+)?hospitals?|hospitali[sz]ed|under\s+medical\s+supervision)|\bbeing\s+treated\s+(?:at\s+home|in\s+(?:the\s+)?hospital|as\s+outpatients)/i;
const FINITE_INJURY = /\b(?:were|was|have\s+been|has\s+been|had\s+been|got)\s+(?:\w+\s+)?(?:injured|wounded|hurt)|\b(?:injuring|wounding)\b|\b(?:sustained|suffered|received)\s+(?:\w+\s+)?(?:injuries|wounds)/i;
const careOnly = (c: Candidate) =>
  c.fact.kind === "injury" &&
  CARE.test(c.fact.quote) &&
  (!INJURY_WORD.test(c.fact.quote) || (CARE_PREDICATE.test(c.fact.quote) && !FINITE_INJURY.test(c.fact.quote)));

// The words right after a count that say where those people are cared for.
const CARE_AFTER =
  /^\s+(?:[\w-]+\s+){0,2}?(?:(?:are|were|is|was|have\s+been|has\s+been|had\s+been|remain|remained)\s+)?(?:(?:still|now|already)\s+)?(?:hospitali[sz]ed|in\s+(?:the\s+|a\s+)?hospitals?|(?:taken|brought|admitted|rushed)\s+to\s+(?:the\s+|a\s+)?hospitals?|at\s+home|discharged)\b/i;
const careCount = (text: string, r: Role) => CARE_AFTER.test(text.slice(r.end, r.end + 60));

// "Three people suffered minor injuries", "two were slightly wounded", "four were treated on the spot", "five did not
// require hospitalisation", "two have been discharged": a count qualified by a grade below serious or by its care.
// Told after a larger injured count of the same event, it says how some of those people are, not who else was hurt.
const LESSER_OR_CARE_AFTER = new RegExp(
  String.raw`^\s+(?:[\w-]+\s+){0,2}?(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|got|also)\s+){0,2}(?:` +
    String.raw`(?:suffered|sustained|received|got|had|with)\s+(?:only\s+)?(?:minor|light|slight|superficial|moderate|mild|non-life-threatening|non-critical|medium(?:-severity)?)\s+(?:[\w-]+\s+)?(?:injuries|wounds|burns|cuts|bruises|injury)` +
    String.raw`|(?:slightly|lightly|moderately|mildly|superficially)\s+(?:injured|wounded|hurt)` +
    String.raw`|(?:treated|assisted|helped)\s+(?:on\s+the\s+spot|at\s+the\s+scene|on\s+site|on-site|as\s+outpatients)` +
    String.raw`|discharged|(?:did\s+not|didn['’]t|do\s+not|does\s+not)\s+(?:require|need)\s+(?:hospitali[sz]ation|hospital)|refused\s+(?:hospitali[sz]ation|to\s+be\s+hospitali[sz]ed))`,
  "i",
);
const qualifiedCount = (text: string, r: Role) => careCount(text, r) || LESSER_OR_CARE_AFTER.test(text.slice(r.end, r.end + 100));

/**
 * The sentence's only injured count is qualified (a lesser grade, where they are cared for) and a sentence
 * shortly before in the section (up to four) counts more injured people at the same place: the count is a
 * part of that total (guide §1: nothing is computed, no second fact).
 */
function partOfTotalBefore(d: Dispatch, s: Sentence, inj: Role): boolean {
  if (!qualifiedCount(s.text, inj) || SEPARATE_EVENT.test(s.text) || /\b(?:another|more|further|additional|other)\b/i.test(s.text.slice(Math.max(0, inj.start - 30), inj.end + 20))) return false;
  const here = d.places(s).map((p) => placeCore(p.name ?? ""));
  return precedingInSection(d, s, "section")
    .slice(0, 4)
    .some((p) => {
      if (!rolesIn(d, p).some((r) => isInjured(r) && r.value > inj.value)) return false;
      const there = d.places(p).map((m) => placeCore(m.name ?? ""));
      return here.length === 0 || there.length === 0 || here.some((x) => there.includes(x));
    });
}

/** `part` counts, by where they are cared for, fewer people than `whole` counts injured at the same event. */
function careOf(part: Candidate, whole: Candidate, ctx?: DedupeContext): boolean {
  if (part.fact.kind !== "injury" || whole.fact.kind !== "injury" || part.fact.injured === null || whole.fact.injured === null) return false;
  if (!careOnly(part) || careOnly(whole) || part.fact.injured >= whole.fact.injured) return false;
  return part.fact.country === whole.fact.country && samePlace(part, whole, ctx) && compatibleDates(part, whole);
}

// "A resident of a Belgorod Region village died", "a man from a village in the Kherson region was wounded": the
// fact is placed in a settlement the sentence does not name, only the region around it.
const UNNAMED_SETTLEMENT =
  /\b(?:a|one)\s+(?:[\w-]+\s+){0,3}?(?:village|town|settlement|hamlet)\s+(?:(?:in|of|near)\s+(?:the\s+)?[A-Z][\w’'-]*\s+(?:region|oblast|province|district)\b)?|\b(?:region|oblast|province|district)[’']?s?\s+(?:village|town|settlement|hamlet)\b/i;
const AREA_NAME = /\b(?:region|oblast|province|krai|district|raion|county|regions|oblasts)$/i;

/**
 * The fact's place is a region whose sentence tells of an unnamed settlement in it; another mention of the same
 * victims names a settlement: that is the settlement (even where the gazetteer cannot place it in the region).
 */
function namesUnnamedSettlement(into: ExtractedFact, other: Candidate): boolean {
  if (into.kind !== "injury" || !into.place || !other.fact.place || other.placeSource === "default") return false;
  if (!AREA_NAME.test(into.place) || AREA_NAME.test(other.fact.place) || other.fact.place.includes(",") || / and /.test(other.fact.place)) return false;
  return UNNAMED_SETTLEMENT.test(into.quote);
}

export const injuryExtractor: KindExtractor = {
  kind: "injury",
  trigger:
    /injur|wound|hurt|maimed|burns|fractures|concussion|trauma|hospital|medical (?:treatment|care|help|attention|assistance)|casualt|victims|kill|dead|died|death|lives|\blife\b|perish|\b(?:hit|struck|affected)\s+(?:a\s+total\s+of\s+|at\s+least\s+)?[\w-]+\s+(?:[\w-]+\s+)?(?:people|persons|civilians|residents|children|women|men)\b/i,
  detect,
  // A mention that counts injured leads the merged fact: deaths-only mentions add to it.
  // A count of people in hospital or at home never leads: it may be a part of a larger injured count.
  rank: (c) => (c.fact.kind === "injury" && c.fact.injured !== null ? 10 : 0) - (careOnly(c) ? 20 : 0),
  // Injured counts at one place on one day are one tally: a later figure updates an earlier one.
  // An update that names no place ("The number of injured later rose to eight") is of the tally whose place it borrowed.
  sameTally: (a, b) =>
    a.fact.kind === "injury" &&
    b.fact.kind === "injury" &&
    (a.fact.injured === null) === (b.fact.injured === null) &&
    (sameStatedPlaceAndDay(a, b) || (isUpdate(a, b) || isUpdate(b, a))),
  // "12 injured by shelling of the Kursk region … a strike on the city of Lgov … As a result of the
  // strike, there are 12 injuries": a mention that places the same event in a town of the region
  // gives the most specific place the text names for it.
  absorb(into, other) {
    if (into.kind !== "injury" || other.fact.kind !== "injury") return;
    // A risen death toll joined to the event's injured count gives its deaths (the later figure).
    if (other.fact.injured === null && other.fact.killed !== null && into.killed !== null && other.fact.killed > into.killed && TALLY_UPDATE.test(other.fact.quote)) {
      into.killed = other.fact.killed;
    }
    if (!into.place || !other.fact.place || other.isHeading) return;
    if (other.fact.country === into.country && (refinesRegion(into.place, other.fact.place) || refinesCity(into.place, other.fact.place) || namesUnnamedSettlement(into, other)))
      into.place = other.fact.place;
  },
  sameEvent(a, b, ctx) {
    if (a.fact.kind !== "injury" || b.fact.kind !== "injury") return false;
    // A deaths-only mention joins the fact that counts the same deaths beside its injured.
    const sameCount =
      a.fact.injured === null || b.fact.injured === null ? a.fact.killed === b.fact.killed : a.key === b.key;
    return (
      (sameCount && samePlace(a, b, ctx) && compatibleDates(a, b)) ||
      deathsOfInjuredEvent(a, b) ||
      deathsOfInjuredEvent(b, a) ||
      deathTollUpdate(a, b) ||
      deathTollUpdate(b, a) ||
      careOf(b, a, ctx)
    );
  },
};
