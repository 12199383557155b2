/**
 * One fact per event. Mentions of the same event (a heading, a lead and a quote all saying
 * "24 injured") merge into the best-stated one: its quote is kept, its empty fields are filled
 * from the others, and each extra mention adds a little confidence.
 */
import type { KindExtractor } from "./kinds/kind";
import type { Candidate, ExtractedFact, Source } from "./types";

const SOURCE_RANK: Record<Source, number> = { sentence: 2, context: 1, default: 0 };

/** How much a mention states by itself; the richest becomes the merged fact. */
function richness(c: Candidate): number {
  const filled = Object.values(c.fact).filter((v) => v !== null).length;
  return SOURCE_RANK[c.dateSource] * 2 + SOURCE_RANK[c.placeSource] * 2 + filled - (c.isHeading ? 5 : 0);
}

/** Merges a group whose founder (the richest mention) comes first. */
function merge(group: Candidate[], kind: KindExtractor | undefined): Candidate {
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
    }
    if (SOURCE_RANK[other.dateSource] > SOURCE_RANK[dateSource]) {
      fact.date = other.fact.date;
      dateSource = other.dateSource;
    }
  }
  const confidence = Math.min(0.99, Math.max(...group.map((g) => g.fact.confidence)) + 0.03 * rest.length);
  fact.confidence = Math.round(confidence * 100) / 100;
  return { ...best, dateSource, placeSource, fact: fact as ExtractedFact };
}

export function dedupe(candidates: Candidate[], kinds: KindExtractor[]): Candidate[] {
  const groups: Candidate[][] = [];
  // The best-stated mentions found the groups; headings and echoes then join them.
  const kindOf = (c: Candidate) => kinds.find((k) => k.kind === c.kind);
  const rich = new Map(candidates.map((c) => [c, richness(c) + (kindOf(c)?.rank?.(c) ?? 0)]));
  const score = (c: Candidate) => rich.get(c) ?? 0;
  const ordered = [...candidates].sort((a, b) => score(b) - score(a) || a.fact.start - b.fact.start);
  for (const c of ordered) {
    const kind = kinds.find((k) => k.kind === c.kind);
    // Compared with each group's founder, its best-stated mention.
    const group = groups.find((g) => g[0] && g[0].kind === c.kind && kind?.sameEvent(g[0], c));
    if (group) group.push(c);
    else groups.push([c]);
  }
  const merged = groups.map((g) => merge(g, g[0] && kindOf(g[0]))).sort((a, b) => a.fact.start - b.fact.start);
  return withoutSuperseded(merged, kindOf);
}

// "rose to", "now stands at", "updated": the figure updates one given before.
const UPDATE_CUE = /\b(?:rose|risen|has\s+risen|increased|climbed|grew|updated|revised|now|latest|later)\b/i;
// "12 more", "another five", "a further 3": a second count, not an update.
const ADDITION_CUE = /\b(?:more|another|additional|further|second|separately|elsewhere)\b/i;

/**
 * Drops a figure that a later one of the same tally updates (kind.sameTally): the later
 * statement wins, unless the earlier one says it is the update ("the toll has risen to").
 */
function withoutSuperseded(facts: Candidate[], kindOf: (c: Candidate) => KindExtractor | undefined): Candidate[] {
  const dropped = new Set<Candidate>();
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i];
      const b = facts[j];
      if (!a || !b || dropped.has(a) || dropped.has(b) || a.kind !== b.kind || a.key === b.key) continue;
      if (!kindOf(a)?.sameTally?.(a, b)) continue;
      if (ADDITION_CUE.test(a.fact.quote) || ADDITION_CUE.test(b.fact.quote)) continue;
      const earlierIsUpdate = UPDATE_CUE.test(a.fact.quote) && !UPDATE_CUE.test(b.fact.quote);
      dropped.add(earlierIsUpdate ? b : a);
    }
  }
  return facts.filter((f) => !dropped.has(f));
}
