import type { Db } from "../db/client";
import { z } from "zod";
import { FACT_KINDS, FACT_STATUSES, type FactKind, type FactStatus } from "../facts/contract";

/** A statement in one dispatch that reports a fact stored from another. */
export interface CorroborationLink {
  factId: number;
  /** The fact's kind and review status, so a link can say what it leads to. */
  kind: FactKind;
  status: FactStatus;
  sourceId: number;
  sourceTitle: string;
  quote: string;
}

const LIMIT = 200;

/** Kind and status are plain text columns: read them through the contract's vocabulary. */
const factOf = z.object({ kind: z.enum(FACT_KINDS), status: z.enum(FACT_STATUSES) });

/** Other dispatches that report these facts (of one dispatch) again. */
export async function getCorroboratedBy(db: Db, factIds: number[]): Promise<CorroborationLink[]> {
  const rows = await db.factEvidence.findMany({
    where: { factId: { in: factIds } },
    select: { factId: true, quote: true, source: { select: { id: true, title: true } }, fact: { select: { kind: true, status: true } } },
    orderBy: { id: "asc" },
    take: LIMIT,
  });
  return rows.map((e) => ({ factId: e.factId, ...factOf.parse(e.fact), sourceId: e.source.id, sourceTitle: e.source.title, quote: e.quote }));
}

/** Facts first reported elsewhere that this dispatch reports again (kept as evidence for them). */
export async function getCorroborates(db: Db, sourceId: number): Promise<CorroborationLink[]> {
  const rows = await db.factEvidence.findMany({
    where: { sourceId },
    select: { factId: true, quote: true, fact: { select: { kind: true, status: true, source: { select: { id: true, title: true } } } } },
    orderBy: { start: "asc" },
    take: LIMIT,
  });
  return rows.map((e) => ({ factId: e.factId, ...factOf.parse(e.fact), sourceId: e.fact.source.id, sourceTitle: e.fact.source.title, quote: e.quote }));
}

/**
 * How a dispatch connects to others through the same events: dispatches that corroborate its
 * facts, and facts elsewhere that this dispatch corroborates.
 */
export async function getCorroboration(db: Db, sourceId: number, factIds: number[]) {
  const [corroboratedBy, corroborates] = await Promise.all([getCorroboratedBy(db, factIds), getCorroborates(db, sourceId)]);
  return { corroboratedBy, corroborates };
}
