import type { Db } from "../db/client";

export interface CorroborationLink {
  factId: number;
  sourceId: number;
  sourceTitle: string;
  quote: string;
}

/**
 * How a dispatch connects to others through the same events: dispatches that corroborate its
 * facts, and facts elsewhere that this dispatch corroborates.
 */
export async function getCorroboration(db: Db, sourceId: number, factIds: number[]) {
  const [elsewhere, here] = await Promise.all([
    db.factEvidence.findMany({
      where: { factId: { in: factIds } },
      select: { factId: true, quote: true, source: { select: { id: true, title: true } } },
      orderBy: { id: "asc" },
      take: 200,
    }),
    db.factEvidence.findMany({
      where: { sourceId },
      select: { factId: true, quote: true, fact: { select: { source: { select: { id: true, title: true } } } } },
      orderBy: { id: "asc" },
      take: 200,
    }),
  ]);
  return {
    /** Other dispatches that report this dispatch's facts. */
    corroboratedBy: elsewhere.map((e): CorroborationLink => ({ factId: e.factId, sourceId: e.source.id, sourceTitle: e.source.title, quote: e.quote })),
    /** Facts first reported elsewhere that this dispatch also reports. */
    corroborates: here.map((e): CorroborationLink => ({ factId: e.factId, sourceId: e.fact.source.id, sourceTitle: e.fact.source.title, quote: e.quote })),
  };
}
