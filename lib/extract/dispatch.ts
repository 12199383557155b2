/**
 * A dispatch prepared for extraction: its sentences, and per-sentence caches of dates and
 * places, with the context rules that let a sentence borrow a date, place or actor from the
 * sentences before it ("Six civilians were injured" gets Izmail and Wednesday from its lead).
 */
import { findDateMentions, pickDate, type DateMention } from "./dates";
import { daysBetween } from "./days";
import { allMatches } from "./matches";
import { attackedPlace, findPlaces, officialsTown, pickPlace, placesInClause, townOfRegion, type PlaceMention } from "./places";
import type { RateTable } from "./rates";
import { splitSentences, type Sentence } from "./sentences";
import type { ExtractOptions, Source } from "./types";

export interface Dispatch {
  text: string;
  published: string;
  sentences: Sentence[];
  rates?: RateTable;
  diagnose: (message: string) => void;
  dates(s: Sentence): DateMention[];
  places(s: Sentence): PlaceMention[];
  /** Computes once per dispatch and key (several kinds read the same sentence). */
  memo<T>(key: string, compute: () => T): T;
}

export function prepareDispatch(text: string, published: string, opts: ExtractOptions = {}): Dispatch {
  const dateCache = new Map<number, DateMention[]>();
  const placeCache = new Map<number, PlaceMention[]>();
  const memoCache = new Map<string, unknown>();
  return {
    text,
    published,
    sentences: splitSentences(text),
    rates: opts.rates,
    diagnose: opts.onDiagnostic ?? (() => {}),
    dates(s) {
      let d = dateCache.get(s.index);
      if (!d) dateCache.set(s.index, (d = findDateMentions(s.text, published)));
      return d;
    },
    memo<T>(key: string, compute: () => T): T {
      // One lookup on a hit (the common case): has() only when the stored value is undefined.
      const hit = memoCache.get(key);
      if (hit !== undefined || memoCache.has(key)) return hit as T;
      const value = compute();
      memoCache.set(key, value);
      return value;
    },
    places(s) {
      let p = placeCache.get(s.index);
      if (!p) placeCache.set(s.index, (p = findPlaces(s.text)));
      return p;
    },
  };
}

/** Sentences before `s`, nearest first: within its paragraph, or back to its section's heading. */
export function precedingInSection(d: Dispatch, s: Sentence, scope: "paragraph" | "section"): Sentence[] {
  const out: Sentence[] = [];
  for (let i = s.index - 1; i >= 0; i--) {
    const p = d.sentences[i];
    if (!p || p.section !== s.section) break;
    if (scope === "paragraph" && p.paragraph !== s.paragraph) break;
    out.push(p);
  }
  return out;
}

export function nextInParagraph(d: Dispatch, s: Sentence): Sentence | null {
  const n = d.sentences[s.index + 1];
  return n && n.paragraph === s.paragraph ? n : null;
}

/** The next sentence when it is still under the same heading (a follow-up line counts). */
export function nextInSection(d: Dispatch, s: Sentence): Sentence | null {
  const n = d.sentences[s.index + 1];
  return n && n.section === s.section && !n.isHeading ? n : null;
}

/**
 * Up to `max` sentences after `s` under the same heading, in order. Rules walk them with for…of:
 * a loop whose update clause calls a function (`f = nextInSection(d, f)`) was miscompiled by the
 * production build's minifier (the call kept its source name and threw "nextInSection is not
 * defined" on the server), so none is written that way.
 */
export function followingInSection(d: Dispatch, s: Sentence, max: number): Sentence[] {
  const out: Sentence[] = [];
  let next = nextInSection(d, s);
  while (next && out.length < max) {
    out.push(next);
    next = nextInSection(d, next);
  }
  return out;
}

/**
 * The day of a fact at `anchor`: stated in its sentence, else borrowed from an earlier sentence
 * of its paragraph, or of its section when that sentence is about the same subject (`related`:
 * same donor, same place) — a roundup's "on Wednesday" must not leak into the next item.
 */
export function dateFor(
  d: Dispatch,
  s: Sentence,
  anchor: number,
  related: (text: string) => boolean = () => false,
): { date: string; source: Source } {
  // "a strike injured 13, and another attack on Friday killed seven": a day told of another event
  // of the sentence is not this count's.
  const [from, to] = eventClause(s.text, anchor);
  const own = pickDate(eventDates(d, s).filter((m) => m.start >= from && m.end <= to), anchor);
  // "36 drones shot down overnight" under a lead that dates the night: that night, not the page's day.
  if (own && own.strength === "weak" && NIGHT_CUE.test(s.text.slice(own.start, own.end))) {
    const night = leadNight(d);
    if (night && (s.section === night.section || (s.isHeading && s.index === 0))) return { date: night.date, source: "context" };
  }
  if (own) return { date: own.date, source: "sentence" };
  // "the same day", "later that day": the day of the sentence before, whatever it is about.
  const sameDay = SAME_DAY.test(s.text);
  for (const p of precedingInSection(d, s, "section")) {
    if (p.paragraph !== s.paragraph && !related(p.text) && !sameDay) continue;
    const theirs = pickDate(eventDates(d, p), p.text.length);
    if (theirs) return { date: theirs.date, source: "context" };
  }
  const night = leadNight(d);
  if (night && (s.section === night.section || (s.isHeading && s.index === 0))) return { date: night.date, source: "context" };
  return { date: d.published, source: "default" };
}

// "the military offensive launched on February 24 by Russia", "the war that began on 24 February": the day a war
// began, told as background of the war, is no day of the dispatch's event.
const WAR_BEGAN_BEFORE = /\b(?:invasion|offensive|war|aggression|conflict)\s+(?:\w+\s+){0,2}(?:launched|began|started|unleashed|broke\s+out)\s+(?:on\s+)?$/i;
const WAR_WORD = /invasion|offensive|war\b|aggression|conflict/i;

/** The dates of a sentence that may be an event's: not the day a war began. */
function eventDates(d: Dispatch, s: Sentence): DateMention[] {
  const all = d.dates(s);
  if (all.length === 0 || !WAR_WORD.test(s.text)) return all;
  return all.filter((m) => !WAR_BEGAN_BEFORE.test(s.text.slice(Math.max(0, m.start - 60), m.start)));
}

// "overnight on May 25", "on the night of 3 June", "during the night to Friday": the night an attack is told of.
const NIGHT_CUE = /\b(?:overnight|night)\b/i;

/**
 * The night the lead (the first sentence of the body) tells its attack of, when it names its day
 * and that day is before the page's: "Russia launched 36 drones overnight on May 25" on a page of
 * 29 September. The story's tallies that name no day of their own, and the headline ("36 drones
 * shot down overnight"), tell that same night (guide §3), not the day the page went up.
 */
function leadNight(d: Dispatch): { date: string; section: number } | null {
  return d.memo("lead-night", () => {
    const lead = d.sentences.find((x) => !x.isHeading && !x.isFurniture);
    if (!lead || !NIGHT_CUE.test(lead.text)) return null;
    const night = allMatches(new RegExp(NIGHT_CUE.source, "gi"), lead.text);
    const told = d.dates(lead).find((m) => m.strength === "strong" && night.some((n) => Math.abs(n.index - m.start) <= 30));
    // A night told with the eve of the page's day ("the night of 31 July–1 August" on 1 August) ends on the page's
    // day, which the story's undated tallies already take: only a night at least two days before it is carried.
    return told && daysBetween(told.date, d.published) >= 2 ? { date: told.date, section: lead.section } : null;
  });
}

// ", and another attack", "; a separate strike", ", while a second drone": a clause that tells another event.
// ("and another six were wounded" counts more people of the same event: an event noun must follow.)
const NEW_EVENT =
  /(?:;|,?\s+(?:and|while|but|whereas)|\.)\s+(?:(?:in|on)\s+)?(?:(?:another|a\s+(?:second|separate|further|later))\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|shelling|raids?|explosions?|blasts?|bombardments?|incidents?|drone\s+attacks?|missile\s+attacks?)\b|separately\b)/gi;

// Every other-event clause names one of these words: most sentences skip the pattern.
const NEW_EVENT_CUE = /another|second|separate|further|later/i;

/** The span of the sentence's event at `anchor`: between clauses that tell another event. */
export function eventClause(text: string, anchor: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const m of NEW_EVENT_CUE.test(text) ? allMatches(NEW_EVENT, text) : []) {
    if (m.index <= anchor) from = m.index;
    else {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

export function placeFor(
  d: Dispatch,
  s: Sentence,
  anchor: number,
  scope: "paragraph" | "section" | "referring" | "none",
  clauseOnly = false,
): { place: PlaceMention | null; source: Source } {
  const places = d.places(s);
  const own = pickPlace(clauseOnly ? placesInClause(s.text, places, anchor) : places, anchor);
  if (own) return { place: townOfRegionNext(d, s, own) ?? own, source: "sentence" };
  if (scope === "none") return { place: null, source: "default" };
  // "referring": a place is borrowed only when the sentence points back to one ("there",
  // "the attack", "in the city"); a sentence that names none is otherwise placeless.
  if (scope === "referring" && !REFERS_BACK.test(s.text) && !ANAPHOR.test(s.text)) {
    const attack = attackContinued(d, s);
    return attack ? { place: attack, source: "sentence" } : { place: null, source: "default" };
  }
  // "over the region", "in the city": the place named before, wherever in the section.
  const anaphor = ANAPHOR.exec(s.text)?.[1]?.toLowerCase();
  for (const p of precedingInSection(d, s, anaphor || scope === "referring" ? "section" : scope)) {
    if (p.isFurniture) continue; // a linked story's headline lends no place
    const candidates = d.places(p).filter(
      (c) => !anaphor || (TOWN_OR_REGION.test(anaphor) ? !c.facility && c.tier === (anaphor === "region" || anaphor === "oblast" ? "region" : "city") : c.facility === anaphor),
    );
    const theirs = pickPlace(candidates, p.text.length);
    if (theirs) return { place: theirs, source: "context" };
  }
  return { place: null, source: "default" };
}

// The words of a sentence about the same people or attack: casualties, care, the weapon.
const SAME_EVENT_WORDS = /\b(?:people|residents|civilians|children|injur\w*|wounded|hurt|killed|dead|died|hospitali[sz]\w*|victims|casualties|shrapnel|drones?|attack|strike|debris)\b/i;

/**
 * "Nine people were wounded in annexed Crimea … Sevastopol Governor X said people in the port city were
 * hospitalized.": a count placed only at its region, followed by the sentence in which one town's own official
 * tells of the same people in that town (no other event), is placed at the town (the most specific place told).
 */
function townOfRegionNext(d: Dispatch, s: Sentence, own: PlaceMention): PlaceMention | null {
  if (own.tier !== "region" || own.list) return null;
  const next = nextInSection(d, s);
  if (!next || OTHER_EVENT_OPENER.test(next.text) || /\b(?:also|another|separately)\b/i.test(next.text) || !SAME_EVENT_WORDS.test(next.text)) return null;
  const places = d.places(next);
  const town = officialsTown(next.text, places);
  return town && townOfRegion(town, own, places) ? { ...town, country: town.country ?? own.country } : null;
}

// "Meanwhile, …", "In total, …", "Elsewhere, …": a sentence that opens on another event or on a sum.
const OTHER_EVENT_OPENER = /^\W*(?:Meanwhile|Separately|Elsewhere|Earlier|Later|Previously|Also|Additionally|In\s+addition|In\s+total|Overall|Altogether|In\s+all|In\s+general|Since|During|Over\s+the\s+past)\b/i;

/**
 * "Russian troops shelled X. One person received fatal injuries.": a sentence that names no place and
 * opens on no other event, right after a sentence of its paragraph telling an attack on one place,
 * continues that attack and takes its place.
 */
function attackContinued(d: Dispatch, s: Sentence): PlaceMention | null {
  if (d.places(s).length > 0 || OTHER_EVENT_OPENER.test(s.text)) return null;
  const prev = precedingInSection(d, s, "paragraph")[0];
  if (!prev || prev.isHeading || prev.isFurniture) return null;
  return attackedPlace(prev.text, d.places(prev));
}

const REFERS_BACK =
  /\b(?:there|(?:on\s+)?the\s+same\s+day|(?:the|that|this|Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s|Friday['’]s|Saturday['’]s|Sunday['’]s|(?:last|that)\s+night['’]s)\s+(?:(?!in\b|on\b|at\b)[\w-]+\s+){0,2}?(?:attack|strike|strikes|shelling|explosion|blast|bombardment|raid|assault|incident)|the\s+same\s+(?:city|town|village|region|area|district)|locally)\b/i;
const SAME_DAY = /\b(?:the same day|that day|later that day|that same day|the same night|that night)\b/i;
// "in the city", "in the separatist-run city", "over the border region": one descriptive word may stand between.
// (A lower-case word: "over the Krasnodar region" names its region.)
// "at the hospital", "near the market": a named building or site told before (places.ts FACILITY), by its noun.
const ANAPHOR = /\b(?:[Oo]ver|[Ii]n|[Oo]n|[Aa]cross|[Aa]t|[Nn]ear)\s+the\s+(?:(?!same\b)[a-z][\w-]*\s+)?([Rr]egion|[Oo]blast|[Cc]ity|[Tt]own|[Vv]illage|hospital|clinic|market|bazaar|mall|hypermarket|supermarket|plant|factory|refinery|depot|airfield)\b(?!\s+of\b)/;
const TOWN_OR_REGION = /^(?:region|oblast|city|town|village)$/;

/** First non-null answer of `find` on the sentence, then on the ones before it in its section. */
export function fromContext<T>(d: Dispatch, s: Sentence, find: (text: string) => T | null, scope: "paragraph" | "section" = "section"): T | null {
  for (const p of precedingInSection(d, s, scope)) {
    const v = find(p.text);
    if (v !== null) return v;
  }
  return null;
}
