/**
 * One fact per event. Mentions of the same event (a heading, a lead and a quote all saying
 * "24 injured") merge into the best-stated one: its quote is kept, its empty fields are filled
 * from the others, and each extra mention adds a little confidence.
 */
import { geoDistance } from "d3-geo";
import { isEarlierReport } from "./background";
import type { Dispatch } from "./dispatch";
import type { DedupeContext, KindExtractor } from "./kinds/kind";
import { placeCore } from "./kinds/shared";
import { resolvePlaceDetail } from "./resolve-place";
import type { Candidate, ExtractedFact, Source } from "./types";

const SOURCE_RANK: Record<Source, number> = { sentence: 2, context: 1, default: 0 };

/** How much a mention states by itself; the richest becomes the merged fact. */
function richness(c: Candidate): number {
  const filled = Object.values(c.fact).filter((v) => v !== null).length;
  return SOURCE_RANK[c.dateSource] * 2 + SOURCE_RANK[c.placeSource] * 2 + filled - (c.isHeading ? 5 : 0);
}

// Between a place and the region named right after it: "Shebekino town of Russia's Belgorod Region",
// "the village of X in the Y region", "X, Y oblast" — a few words, no second count, no list.
const NESTING_GAP = /^[^\d;.:()]{0,45}$/;
const REGION_NAME = /\b(?:region|oblast|province|krai|county)$/i;

/**
 * Which places the dispatch puts inside which regions: a place named and, within a few words of the
 * same sentence, the region it lies in. Read only when two mentions of one figure name different places.
 */
export function placeNesting(d: Dispatch): DedupeContext {
  // Only sentences whose text holds the place's name are read (places are looked up lazily, per sentence).
  // (A place's name may be written otherwise in the text, "the region of Belgorod": its first word is looked for.)
  const naming = (name: string) => {
    const word = (name.split(/[\s,]+/)[0] ?? name).toLowerCase();
    return d.sentences.filter((s) => !s.isFurniture && s.text.toLowerCase().includes(word));
  };
  /** "Shebekino … of the Belgorod Region": the place, then within a few words of its sentence the region around it. */
  const toldWithin = (inner: string, outer: string) =>
    naming(inner).some((s) => {
      const places = d.places(s);
      return places.some((p, i) => {
        const next = places[i + 1];
        if (p.name !== inner || !next?.name || next.tier === "multi" || placeCore(next.name) !== placeCore(outer)) return false;
        const gap = s.text.slice(p.end, next.start);
        return NESTING_GAP.test(gap) && !/\b(?:and|or|while|but|as\s+well\s+as)\b/i.test(gap);
      });
    });
  let titleEnd: number | null = null;
  // The mentions of a place, and the regions named in the sentences that name it.
  const mentionsOf = (name: string) => naming(name).flatMap((s) => d.places(s).filter((p) => p.name === name).map((p) => ({ s, p })));
  const regionsBeside = (inner: string): string[] =>
    mentionsOf(inner).flatMap(({ s }) => d.places(s).filter((p) => p.name !== inner && p.tier === "region" && p.name).map((p) => placeCore(p.name ?? "")));
  // The lead: the title and the first sentence of the story, which summarise the event at a coarser scale.
  const inLead = (name: string) => {
    const story = d.sentences.filter((s) => !s.isFurniture);
    const lead = story.slice(0, story.findIndex((s) => !s.isHeading) + 1);
    return lead.some((s) => d.places(s).some((p) => p.name === name));
  };
  return {
    inTitle: (offset) => offset < (titleEnd ??= d.sentences.find((s) => !s.isFurniture)?.end ?? 0),
    within(inner, outer) {
      if (inner === outer || !REGION_NAME.test(outer) || REGION_NAME.test(inner)) return false;
      if (toldWithin(inner, outer)) return true;
      // Not told, but consistent: the lead names the region, the body a town or village in it; no other region
      // is named beside the place, and where the gazetteer knows both, the place lies within reach of the region.
      if (!inLead(outer) || inLead(inner)) return false;
      const mentions = mentionsOf(inner);
      if (!mentions.every(({ p }) => p.tier === "city" || p.tier === "district")) return false;
      // "Meanwhile, a man was killed in the X district": a sentence that tells another event is no restatement of the lead.
      if (mentions.some(({ s }) => ANOTHER_EVENT.test(s.text))) return false;
      if (regionsBeside(inner).some((r) => r !== placeCore(outer))) return false;
      const a = resolvePlaceDetail(inner);
      const b = resolvePlaceDetail(outer);
      if (!a || !b) return true;
      return a.country === b.country && kmBetween(a, b) <= REGION_REACH_KM;
    },
  };
}

const ANOTHER_EVENT = /^\W*(?:Meanwhile|Separately|Elsewhere|Also|In\s+(?:a\s+separate|another)\b)|\b(?:another|separate|second)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|shelling|man|woman|person|victim|resident|civilian)\b/i;

// A region's reference point to its farthest towns: about the half-width of the large regions of the theatre.
const REGION_REACH_KM = 120;

const EARTH_RADIUS_KM = 6371;

function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  return geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_RADIUS_KM;
}

/** Merges a group whose founder (the richest mention) comes first. */
function merge(group: Candidate[], kind: KindExtractor | undefined, ctx?: DedupeContext): Candidate {
  const [best, ...rest] = group;
  if (!best) throw new Error("merge of an empty group");
  if (rest.length === 0) return best;
  const fact: Record<string, unknown> = { ...best.fact };
  let dateSource = best.dateSource;
  let placeSource = best.placeSource;
  for (const other of rest) {
    for (const [k, v] of Object.entries(other.fact)) if (fact[k] === null && v !== null) fact[k] = v;
    kind?.absorb?.(fact as ExtractedFact, other);
    // "The strike left one person injured. … a woman was injured in Vyshhorod district.": the place a
    // mention states itself outranks one its founder only referred back to.
    if (SOURCE_RANK[other.placeSource] > SOURCE_RANK[placeSource] && other.fact.place !== null && other.fact.country === fact.country && !other.isHeading) {
      fact.place = other.fact.place;
      placeSource = other.placeSource;
    } else if (
      // The same figure told once with a town and once with the region around it: the most specific place.
      other.placeSource === "sentence" &&
      other.fact.place !== null &&
      typeof fact.place === "string" &&
      other.fact.place !== fact.place &&
      ctx?.within(other.fact.place, fact.place)
    ) {
      fact.place = other.fact.place;
      placeSource = other.placeSource;
    }
    if (SOURCE_RANK[other.dateSource] > SOURCE_RANK[dateSource] && kind?.lendsDate?.(other) !== false) {
      fact.date = other.fact.date;
      dateSource = other.dateSource;
    }
  }
  const confidence = Math.min(0.99, Math.max(...group.map((g) => g.fact.confidence)) + 0.03 * rest.length);
  fact.confidence = Math.round(confidence * 100) / 100;
  return { ...best, dateSource, placeSource, fact: fact as ExtractedFact };
}

export function dedupe(candidates: Candidate[], kinds: KindExtractor[], ctx?: DedupeContext): Candidate[] {
  const groups: Candidate[][] = [];
  // The best-stated mentions found the groups; headings and echoes then join them.
  const kindOf = (c: Candidate) => kinds.find((k) => k.kind === c.kind);
  // An earlier report never leads a merged fact: the group would be dropped with it (withoutPreliminary).
  const rich = new Map(candidates.map((c) => [c, richness(c) + (kindOf(c)?.rank?.(c) ?? 0) - (earlierInjuryReport(c) ? 50 : 0)]));
  const score = (c: Candidate) => rich.get(c) ?? 0;
  // Guide §5: a headline inside the text whose figure no sentence of the story tells is a linked story's
  // headline ("Drone attack on X: three injured" between two paragraphs), not an event of this dispatch.
  const told = (c: Candidate) =>
    !ctx || !c.isHeading || ctx.inTitle(c.fact.start) || candidates.some((o) => !o.isHeading && o.kind === c.kind && o.key === c.key);
  const ordered = candidates.filter(told).sort((a, b) => score(b) - score(a) || a.fact.start - b.fact.start);
  for (const c of ordered) {
    const kind = kinds.find((k) => k.kind === c.kind);
    // Compared with each group's founder, its best-stated mention.
    // A mention joins the group of its own figure before one of another ("36 launched" joins "36 shot down",
    // not the part "three over Mykolaiv" that ranked higher).
    const joins = (g: Candidate[]) => !!g[0] && g[0].kind === c.kind && !!kind?.sameEvent(g[0], c, ctx);
    // (Drones only: a casualty figure told again is often a part of a larger toll of the same event.)
    const group = (c.kind === "drone" ? groups.find((g) => g[0]?.key === c.key && joins(g)) : undefined) ?? groups.find(joins);
    if (group) group.push(c);
    else groups.push([c]);
  }
  const merged = groups.map((g) => merge(g, g[0] && kindOf(g[0]), ctx)).sort((a, b) => a.fact.start - b.fact.start);
  return withoutSuperseded(withoutPreliminary(withoutIncrements(merged, ctx), ctx), kindOf);
}

// "One more civilian was killed", "another three were wounded", "a further two": a count told as an addition.
const INCREMENT =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+more\b|\b(?:another|a\s+further|an\s+additional)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|(?:man|woman|person|civilian|resident|child)\b)/i;

/** The sum of two counts equals a third (each stated); null when the first is unstated (nothing to check). */
function sumsTo(part: number | null, base: number | null, total: number | null): boolean | null {
  if (part === null) return null;
  return base !== null && total !== null && part + base === total;
}

/**
 * "Pushilin said one was killed and seven wounded. … One more civilian was killed and three were wounded, the
 * mayor said." beside the headline "Two killed, ten wounded": an increment which, added to another figure of the
 * same tally, gives a total the dispatch states is a part of that total (guide §1: one fact per event, the
 * latest figure), not an event of its own. The arithmetic only recognises the part; no figure is computed.
 * An increment with no such total ("Nine were wounded. Another three were slightly injured.") stays a fact.
 */
function withoutIncrements(facts: Candidate[], ctx?: DedupeContext): Candidate[] {
  const increments = facts.filter((f) => f.kind === "injury" && INCREMENT.test(f.fact.quote));
  if (increments.length === 0) return facts;
  const tally = (a: Candidate, b: Candidate) => {
    const fa = a.fact;
    const fb = b.fact;
    if (fa.kind !== "injury" || fb.kind !== "injury" || fa.country !== fb.country) return false;
    if (fa.date !== fb.date && a.dateSource === "sentence" && b.dateSource === "sentence") return false;
    if (!fa.place || !fb.place) return true;
    return placeCore(fa.place) === placeCore(fb.place) || !!ctx?.within(fa.place, fb.place) || !!ctx?.within(fb.place, fa.place);
  };
  const dropped = new Set<Candidate>();
  for (const a of increments) {
    const fa = a.fact;
    if (fa.kind !== "injury") continue;
    const partOf = facts.some((t) => {
      if (t === a || t.fact.kind !== "injury" || !tally(a, t)) return false;
      const ft = t.fact;
      return facts.some((b) => {
        if (b === a || b === t || b.fact.kind !== "injury" || !tally(b, t)) return false;
        const injured = sumsTo(fa.injured, b.fact.injured, ft.injured);
        const killed = sumsTo(fa.killed, b.fact.killed, ft.killed);
        return injured !== false && killed !== false && (injured ?? killed) === true;
      });
    });
    if (partOf) dropped.add(a);
  }
  return facts.filter((f) => !dropped.has(f));
}

// "rose to", "now stands at", "updated": the figure updates one given before.
const UPDATE_CUE = /\b(?:rose|risen|has\s+risen|increased|climbed|grew|updated|revised|now|latest|later)\b/i;
// "12 more", "another five", "a further 3": a second count, not an update.
const ADDITION_CUE = /\b(?:more|another|additional|further|second|separately|elsewhere)\b/i;

// "However, the governor stated that seven …", "But the mayor put the figure at …": a rival figure of the
// same side, told against the one before — not an update of it, so the figure told first stays.
const RIVAL_CUE = /^\W*(?:However|But|Yet|By\s+contrast|In\s+contrast|On\s+the\s+other\s+hand)\b/;

// A report the dispatch itself marks as earlier or preliminary: "Earlier in the day, he said that one woman
// was wounded", "according to preliminary information", "initially reported". A later figure of the same
// tally supersedes it (guide §2: only the latest stated figure), wherever in the text that figure stands.
const PRELIMINARY =
  /(?:^|[.!?][”"’]?\s+)\W*Earlier\b[^,.]{0,30},\s+(?:[\w.’'-]+\s+){1,6}?(?:said|reported|stated|wrote|announced|posted|told|informed|claimed)\b|\b(?:initially|originally|first)\s+(?:said|reported|stated|put\s+the)\b|\baccording\s+to\s+(?:the\s+)?(?:preliminary|initial|first)\s+(?:information|data|reports?|figures|estimates)\b/i;

/**
 * "Earlier, the governor reported …", "As reported, …": an injury report the dispatch recalls without a day
 * (background). One that states its day ("As reported, on Wednesday afternoon, the army struck X, five were
 * injured") recalls the event's own report: it is a figure of that day like any other.
 */
const earlierInjuryReport = (c: Candidate) => c.kind === "injury" && isEarlierReport(c.fact.quote) && c.dateSource !== "sentence";

// A casualty tally with the adverb after the verb: "X said earlier in the day that one was killed and seven
// wounded", "X had earlier reported …". (Not drones: "the mayor said earlier that two drones were repelled"
// is a part of the day's count, no superseded figure.)
const SAID_EARLIER = /\b(?:said|reported|stated|wrote|announced|posted|informed|claimed)\s+earlier\b|\b(?:had|has)\s+earlier\s+(?:said|reported|stated|announced)\b/i;
const preliminaryFigure = (c: Candidate) => PRELIMINARY.test(c.fact.quote) || (c.kind === "injury" && SAID_EARLIER.test(c.fact.quote));

/** Same tally told twice: same kind of count, country and day, places the same, nested or not both stated. */
function sameTallyLoose(a: Candidate, b: Candidate, ctx?: DedupeContext): boolean {
  const fa = a.fact;
  const fb = b.fact;
  if (fa.kind !== fb.kind || fa.country !== fb.country || a.key === b.key) return false;
  if (fa.date !== fb.date && a.dateSource === "sentence" && b.dateSource === "sentence") return false;
  if (fa.kind === "injury" && fb.kind === "injury" && (fa.injured === null) !== (fb.injured === null)) return false;
  if (fa.kind === "drone" && fb.kind === "drone" && (fa.outcome !== fb.outcome || (fa.claimant && fb.claimant && fa.claimant !== fb.claimant))) return false;
  if (fa.kind !== "injury" && fa.kind !== "drone") return false;
  if (!fa.place || !fb.place || a.placeSource !== "sentence" || b.placeSource !== "sentence") return true;
  return placeCore(fa.place) === placeCore(fb.place) || !!ctx?.within(fa.place, fb.place) || !!ctx?.within(fb.place, fa.place);
}

/** Both mentions state a place, the same or one inside the other. */
function samePlaceStated(a: Candidate, b: Candidate, ctx?: DedupeContext): boolean {
  const pa = a.fact.place;
  const pb = b.fact.place;
  if (!pa || !pb || a.placeSource === "default" || b.placeSource === "default") return false;
  return placeCore(pa) === placeCore(pb) || !!ctx?.within(pa, pb) || !!ctx?.within(pb, pa);
}

/** Fills what the surviving figure left empty from the one it supersedes (a serious count, the deaths). */
function absorbSuperseded(into: Candidate, from: Candidate): void {
  const fact = into.fact as Record<string, unknown>;
  for (const [k, v] of Object.entries(from.fact)) if (fact[k] === null && v !== null && k !== "place") fact[k] = v;
}

/** An injury report's deaths, when the current tally of the same event counts injured and states no deaths. */
function deathsOfTally(earlier: Candidate, current: Candidate, ctx?: DedupeContext): boolean {
  const e = earlier.fact;
  const c = current.fact;
  if (e.kind !== "injury" || c.kind !== "injury" || e.killed === null || c.killed !== null || c.injured === null) return false;
  if (e.country !== c.country || (e.date !== c.date && earlier.dateSource === "sentence" && current.dateSource === "sentence")) return false;
  if (!e.place || !c.place) return true;
  return placeCore(e.place) === placeCore(c.place) || !!ctx?.within(e.place, c.place) || !!ctx?.within(c.place, e.place);
}

/**
 * Drops preliminary figures that another figure of the same tally in the dispatch supersedes, and
 * earlier reports ("Earlier, the governor reported …": background with no day) always; what they state
 * that the current tally leaves empty (a serious count, the deaths) joins it.
 */
function withoutPreliminary(facts: Candidate[], ctx?: DedupeContext): Candidate[] {
  const earlier = earlierInjuryReport;
  const preliminary = facts.filter((f) => preliminaryFigure(f) || earlier(f));
  if (preliminary.length === 0) return facts;
  const dropped = new Set<Candidate>();
  const current = (f: Candidate, p: Candidate) => f !== p && !dropped.has(f) && !preliminaryFigure(f) && !earlier(f);
  for (const p of preliminary) {
    // A figure only "said earlier" (no word of a preliminary count) is superseded by one that names the same place.
    const saidEarlier = !PRELIMINARY.test(p.fact.quote) && !earlier(p);
    const later = facts.find(
      (f) => current(f, p) && (!saidEarlier || samePlaceStated(p, f, ctx)) && (sameTallyLoose(p, f, ctx) || deathsOfTally(p, f, ctx)),
    );
    if (later) absorbSuperseded(later, p);
    if (later || earlier(p)) dropped.add(p);
  }
  return facts.filter((f) => !dropped.has(f));
}

// "The governor confirmed two deaths and six injuries": what an official confirms is so far confirmed, a floor.
const CONFIRMED = /\bconfirm(?:s|ed|ing)\b/i;

/**
 * "Ten others were injured, the information center said. … The governor confirmed six injuries.": a lower
 * figure of the same tally told as confirmed is a partial confirmation, not an update (the higher figure stays).
 */
function partialConfirmation(later: Candidate, earlier: Candidate): boolean {
  const l = later.fact;
  const e = earlier.fact;
  if (l.kind !== "injury" || e.kind !== "injury" || !CONFIRMED.test(later.fact.quote)) return false;
  const lower = (x: number | null, y: number | null) => x === null || y === null || x <= y;
  return l.injured !== null && e.injured !== null && l.injured < e.injured && lower(l.killed, e.killed);
}

/**
 * Drops a figure that a later one of the same tally updates (kind.sameTally): the later
 * statement wins, unless the earlier one says it is the update ("the toll has risen to"), or the
 * later one is told as a rival figure ("However, the governor said …").
 */
function withoutSuperseded(facts: Candidate[], kindOf: (c: Candidate) => KindExtractor | undefined): Candidate[] {
  const dropped = new Set<Candidate>();
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i];
      const b = facts[j];
      if (!a || !b || dropped.has(a) || dropped.has(b) || a.kind !== b.kind || a.key === b.key) continue;
      // Two figures of one sentence ("rose to 28, with 12 hospitalized") are not one updating the other.
      if (a.fact.start === b.fact.start) continue;
      if (!kindOf(a)?.sameTally?.(a, b)) continue;
      if (ADDITION_CUE.test(a.fact.quote) || ADDITION_CUE.test(b.fact.quote)) continue;
      const earlierIsUpdate =
        (UPDATE_CUE.test(a.fact.quote) && !UPDATE_CUE.test(b.fact.quote)) || RIVAL_CUE.test(b.fact.quote) || partialConfirmation(b, a);
      const [kept, lost] = earlierIsUpdate ? [a, b] : [b, a];
      absorbSuperseded(kept, lost);
      dropped.add(lost);
    }
  }
  return facts.filter((f) => !dropped.has(f));
}
