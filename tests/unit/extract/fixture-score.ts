/**
 * Scores the extractor against annotated dispatches: a fact matches an expected one of the same
 * kind with the same main number and day; per kind we count true positives, false positives and
 * misses, and among matches how many other stated fields agree.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { FactKind } from "../../../lib/facts/contract";
import { extractFacts, type ExtractedFact } from "../../../lib/extract/extract-facts";

export interface Expected {
  kind: FactKind;
  date: string;
  [field: string]: unknown;
}
export interface Fixture {
  name: string;
  text: string;
  published: string;
  facts: Expected[];
}
export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  fieldsAgree: number;
  fieldsCompared: number;
}

const MAIN: Record<FactKind, string> = { injury: "injured", drone: "count", aid: "amount", shelter: "count" };
const IGNORED = new Set(["kind", "date", "note", "quoteContainsOneOf"]);

export function loadFixtures(dir: string): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const spec = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, ".facts.json")), "utf8")) as {
        source: { publishedAt: string };
        facts: Expected[];
      };
      return { name: f, text: readFileSync(join(dir, f), "utf8"), published: spec.source.publishedAt, facts: spec.facts };
    });
}

export function matches(fact: ExtractedFact, expected: Expected): boolean {
  const main = MAIN[fact.kind];
  return fact.kind === expected.kind && fact.date === expected.date && (fact as Record<string, unknown>)[main] === expected[main];
}

export function scoreFixtures(fixtures: Fixture[]): Record<FactKind, KindScore> {
  const scores = {} as Record<FactKind, KindScore>;
  for (const k of Object.keys(MAIN) as FactKind[]) scores[k] = { tp: 0, fp: 0, fn: 0, fieldsAgree: 0, fieldsCompared: 0 };
  for (const fx of fixtures) {
    const facts = extractFacts(fx.text, fx.published);
    const used = new Set<number>();
    for (const exp of fx.facts) {
      const i = facts.findIndex((f, j) => !used.has(j) && matches(f, exp));
      const s = scores[exp.kind];
      if (i < 0) {
        s.fn++;
        continue;
      }
      used.add(i);
      s.tp++;
      const got = facts[i] as Record<string, unknown>;
      for (const [field, value] of Object.entries(exp)) {
        if (IGNORED.has(field) || field === MAIN[exp.kind]) continue;
        s.fieldsCompared++;
        if (got[field] === value) s.fieldsAgree++;
      }
    }
    facts.forEach((f, j) => {
      if (!used.has(j)) scores[f.kind].fp++;
    });
  }
  return scores;
}

export function formatScores(label: string, scores: Record<FactKind, KindScore>): string {
  const rows = Object.entries(scores).map(([kind, s]) => {
    const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
    const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
    const f = s.fieldsCompared ? s.fieldsAgree / s.fieldsCompared : 1;
    return `${kind.padEnd(8)} P=${p.toFixed(2)} R=${r.toFixed(2)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}) fields ${s.fieldsAgree}/${s.fieldsCompared} = ${f.toFixed(2)}`;
  });
  return [`${label}:`, ...rows].join("\n");
}
