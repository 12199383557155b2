import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { contractFact, isoDay } from "../facts/contract";
import { storeFact } from "../facts/store-fact";
import { contentHash } from "../sources/content-hash";
import type { Db } from "../db/client";

/** The sample dispatch that ships with Factboard and its five curated, verified facts. */
export const SAMPLE_DIR = path.join(process.cwd(), "prisma", "seed");
const SAMPLE_NAME = "dispatch-2023-09-13";

const sampleFile = z.object({
  source: z.object({
    title: z.string(),
    publisher: z.string().nullable(),
    url: z.string().url().nullable(),
    publishedAt: isoDay,
    language: z.string(),
  }),
  places: z.record(
    z.string(),
    z.object({ region: z.string().nullable(), lat: z.number(), lon: z.number() }),
  ),
  facts: z.array(contractFact),
});

export function readSample(dir: string = SAMPLE_DIR) {
  const text = fs.readFileSync(path.join(dir, `${SAMPLE_NAME}.txt`), "utf8");
  const data = sampleFile.parse(JSON.parse(fs.readFileSync(path.join(dir, `${SAMPLE_NAME}.facts.json`), "utf8")));
  return { text, ...data };
}

/** Stores the sample once; a second call finds it by content hash and changes nothing. */
export async function seedSample(db: Db): Promise<{ created: boolean; facts: number }> {
  const sample = readSample();
  const hash = contentHash(sample.text);
  const existing = await db.source.findUnique({ where: { contentHash: hash }, select: { id: true } });
  if (existing) return { created: false, facts: 0 };
  await db.$transaction(async (tx) => {
    const source = await tx.source.create({ data: { ...sample.source, text: sample.text, contentHash: hash } });
    for (const fact of sample.facts) {
      await storeFact(tx, source.id, fact, "verified", fact.place ? sample.places[fact.place] : undefined);
    }
  });
  return { created: true, facts: sample.facts.length };
}
