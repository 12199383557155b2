import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/sqlite/client";
import { writeTransaction } from "../db/write-transaction";
import { extractFacts, resolvePlace, type ExtractedFact } from "../extract";
import type { RateTable } from "../extract/rates";
import { storeFact } from "../facts/store-fact";
import { contentHash } from "../sources/content-hash";
import { defaultTitle, type DispatchInput } from "./dispatch-input";
import { findCorroboratedFact } from "./find-corroborated";

export interface StoredDispatch {
  sourceId: number;
  created: boolean;
  /** Facts stored as proposed, awaiting review. */
  proposed: number[];
  /** Existing facts this dispatch corroborates (stored as further evidence, not new facts). */
  corroborated: number[];
}

export interface StoreOptions {
  /** The feed the dispatch came from. */
  feedId?: number;
  /** More writes that must commit with the dispatch or not at all (a feed item marked done). */
  inTransaction?: (tx: Prisma.TransactionClient, sourceId: number) => Promise<void>;
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "P2002";
}

/**
 * Stores a dispatch and the facts extracted from it as `proposed`, in one transaction: a
 * failure leaves nothing behind. The same text twice is stored once (content hash).
 */
export async function storeDispatch(db: Db, input: DispatchInput, rates?: RateTable, options: StoreOptions = {}): Promise<StoredDispatch> {
  const hash = contentHash(input.text);
  const findExisting = () => db.source.findUnique({ where: { contentHash: hash }, select: { id: true } });
  const existing = await findExisting();
  if (existing) return { sourceId: existing.id, created: false, proposed: [], corroborated: [] };

  const facts: ExtractedFact[] = extractFacts(input.text, input.publishedAt, { rates });
  // Resolved before the transaction: the first lookup loads the gazetteer (seconds), which must
  // not happen while this process holds the database's write lock.
  const places = facts.map((fact) => (fact.place ? resolvePlace(fact.place) : null));
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertDispatch(db, input, hash, facts, places, options);
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 3) throw err;
      // Another writer created the same new place in the meantime (PostgreSQL, where writers run
      // side by side): our transaction rolled back whole and finds it on retry.
      const raced = await findExisting();
      if (raced) return { sourceId: raced.id, created: false, proposed: [], corroborated: [] };
    }
  }
}

function insertDispatch(db: Db, input: DispatchInput, hash: string, facts: ExtractedFact[], places: ReturnType<typeof resolvePlace>[], options: StoreOptions): Promise<StoredDispatch> {
  // Takes the write lock up front and waits out other writers (lib/db/write-transaction.ts).
  return writeTransaction(db, async (tx) => {
    // Checked again under the write lock: another process may have stored the same text meanwhile.
    const stored = await tx.source.findUnique({ where: { contentHash: hash }, select: { id: true } });
    if (stored) return { sourceId: stored.id, created: false, proposed: [], corroborated: [] };
    const source = await tx.source.create({
      data: {
        title: input.title ?? defaultTitle(input.text),
        publisher: input.publisher ?? null,
        url: input.url ?? null,
        publishedAt: input.publishedAt,
        language: input.language,
        text: input.text,
        contentHash: hash,
        feedId: options.feedId ?? null,
      },
    });
    const result: StoredDispatch = { sourceId: source.id, created: true, proposed: [], corroborated: [] };
    for (const [i, fact] of facts.entries()) {
      const same = await findCorroboratedFact(tx, fact);
      if (same !== null) {
        await tx.factEvidence.create({ data: { factId: same, sourceId: source.id, quote: fact.quote, start: fact.start, end: fact.end } });
        result.corroborated.push(same);
        continue;
      }
      const place = places[i];
      const stored = await storeFact(tx, source.id, fact, "proposed", place ? { lat: place.lat, lon: place.lon } : undefined);
      result.proposed.push(stored.id);
    }
    await options.inTransaction?.(tx, source.id);
    return result;
  });
}
