/**
 * The labelled real sets as the number model learns from them: every set under tests/fixtures whose
 * name starts with "real" and whose texts are present (set real<suffix> reads
 * <textsRoot>/realtexts<suffix>/), minus the sets kept blind. Training (scripts/train-number-model.ts)
 * and the confidence fit (scripts/fit-confidence.ts) read the same sets the same way.
 */
import { readdirSync } from "node:fs";
import { loadRealSet, type RealDispatch } from "../eval/real-set";
import { MODEL_KINDS, numberExamples, type ModelKind, type NumberExample } from "./number-examples";
import { train, type Example, type LogisticModel } from "./logistic";

export const textsFolder = (textsRoot: string, set: string): string => `${textsRoot}/realtexts${set.slice("real".length)}`;

/** Each set's dispatches whose texts are present, by set name. */
export function labelledSets(repoRoot: string, textsRoot: string, exclude: readonly string[]): Map<string, RealDispatch[]> {
  const out = new Map<string, RealDispatch[]>();
  const names = readdirSync(`${repoRoot}tests/fixtures`).filter((n) => /^real(?:-|$)/.test(n) && !exclude.includes(n)).sort();
  for (const set of names) {
    const { present } = loadRealSet(`${repoRoot}tests/fixtures/${set}`, textsFolder(textsRoot, set), ["dev", "held"]);
    if (present.length) out.set(set, present);
  }
  return out;
}

export const asExamples = (xs: readonly NumberExample[], kind: ModelKind): Example[] =>
  xs.map((x) => ({ features: x.features, label: x.kinds.has(kind) ? 1 : 0 }));

/** One model per kind from the examples of the sets given. */
export function trainKinds(examples: readonly NumberExample[]): Record<ModelKind, LogisticModel> {
  return Object.fromEntries(MODEL_KINDS.map((k) => [k, train(asExamples(examples, k))])) as Record<ModelKind, LogisticModel>;
}

export function examplesBySet(sets: ReadonlyMap<string, readonly RealDispatch[]>): Map<string, NumberExample[]> {
  return new Map([...sets].map(([set, ds]) => [set, ds.flatMap(numberExamples)]));
}
