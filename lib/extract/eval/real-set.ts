/**
 * The real development set (tests/fixtures/real): a manifest naming each dispatch and the SHA-256
 * of the text that was labelled, one labels file per dispatch, and the texts themselves in a
 * git-ignored folder. News text is copyrighted, so the texts may be absent; a text that is absent
 * or whose hash differs is reported as missing, never scored as an empty dispatch.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { FACT_KINDS, isoDay } from "../../facts/contract";

export const PARTS = ["dev", "held"] as const;
export type Part = (typeof PARTS)[number];

const manifestRow = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "ids are lower-case words joined by hyphens"),
  publisher: z.string().min(1),
  url: z.string().url(),
  published: isoDay,
  publishedFrom: z.string().min(1),
  query: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  chars: z.number().int().positive(),
  text: z.string().min(1),
  part: z.enum(PARTS),
  stratum: z.enum([...FACT_KINDS, "none"]),
  batch: z.string().min(1),
});
export type ManifestRow = z.infer<typeof manifestRow>;

export const manifestSchema = z.object({ dispatches: z.array(manifestRow).min(1) });

/** A labelled fact: the extractor's shape without confidence; a deaths-only injury has injured null. */
export const labelledFact = z
  .object({
    kind: z.enum(FACT_KINDS),
    date: isoDay,
    country: z.string().regex(/^[A-Z]{2}$/),
    place: z.string().min(1).nullable(),
    quote: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    note: z.string().optional(),
  })
  .catchall(z.union([z.number(), z.string(), z.null()]));
export type LabelledFact = z.infer<typeof labelledFact>;

export const labelsSchema = z.object({
  id: z.string(),
  published: isoDay,
  facts: z.array(labelledFact),
  notFacts: z.array(z.string()),
});

export interface RealDispatch {
  row: ManifestRow;
  facts: LabelledFact[];
  text: string;
}
export interface MissingText {
  id: string;
  part: Part;
  reason: string;
}
export interface LoadedSet {
  present: RealDispatch[];
  missing: MissingText[];
}

export const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

export function readManifest(dir: string): ManifestRow[] {
  return manifestSchema.parse(JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"))).dispatches;
}

export function readLabels(dir: string, row: ManifestRow): LabelledFact[] {
  const labels = labelsSchema.parse(JSON.parse(readFileSync(join(dir, "labels", `${row.id}.json`), "utf8")));
  if (labels.id !== row.id || labels.published !== row.published) {
    throw new Error(`labels/${row.id}.json names ${labels.id} published ${labels.published}, the manifest ${row.id} published ${row.published}`);
  }
  return labels.facts;
}

/** The dispatches of the chosen parts whose text is present with the recorded hash; the rest as missing. */
export function loadRealSet(dir: string, textsDir: string, parts: readonly Part[]): LoadedSet {
  const present: RealDispatch[] = [];
  const missing: MissingText[] = [];
  for (const row of readManifest(dir).filter((r) => parts.includes(r.part))) {
    const file = join(textsDir, `${row.id}.txt`);
    if (!existsSync(file)) {
      missing.push({ id: row.id, part: row.part, reason: `not downloaded (no ${file})` });
      continue;
    }
    const text = readFileSync(file, "utf8");
    const hash = sha256(text);
    if (hash !== row.sha256) {
      missing.push({ id: row.id, part: row.part, reason: `hash mismatch (${hash.slice(0, 12)}… ≠ recorded ${row.sha256.slice(0, 12)}…)` });
      continue;
    }
    present.push({ row, facts: readLabels(dir, row), text });
  }
  return { present, missing };
}

/** Labels whose quote is not the text at their offsets: the set itself is broken, not the extractor. */
export function offsetErrors(d: RealDispatch): string[] {
  return d.facts
    .filter((f) => d.text.slice(f.start, f.end) !== f.quote)
    .map((f) => `${d.row.id}: ${f.kind} quote is not text[${f.start}, ${f.end}) — "${f.quote.slice(0, 60)}"`);
}
