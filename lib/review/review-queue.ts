import type { Db } from "../db/client";

export const REVIEW_QUEUE_SIZE = 20;

export interface QueuedSource {
  id: number;
  title: string;
  publisher: string | null;
  publishedAt: string;
  /** The extractor's confidence in its least certain proposed fact of this dispatch. */
  lowestConfidence: number;
  facts: { proposed: number };
}

/**
 * Dispatches with facts still to review, the one holding the least certain proposed fact first,
 * so the extractor's likely mistakes come up first. The minimum and the count per dispatch are
 * taken in the database (one GROUP BY), and only one page of dispatches is read.
 */
export async function reviewQueue(db: Db, size = REVIEW_QUEUE_SIZE): Promise<{ total: number; sources: QueuedSource[] }> {
  const [lowest, total] = await Promise.all([
    db.fact.groupBy({
      by: ["sourceId"],
      where: { status: "proposed" },
      _min: { confidence: true },
      _count: { _all: true },
      orderBy: [{ _min: { confidence: "asc" } }, { sourceId: "desc" }],
      take: size,
    }),
    db.source.count({ where: { facts: { some: { status: "proposed" } } } }),
  ]);
  const rows = await db.source.findMany({
    where: { id: { in: lowest.map((l) => l.sourceId) } },
    select: { id: true, title: true, publisher: true, publishedAt: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const sources = lowest.flatMap((l) => {
    const s = byId.get(l.sourceId);
    return s ? [{ ...s, lowestConfidence: l._min.confidence ?? 0, facts: { proposed: l._count._all } }] : [];
  });
  return { total, sources };
}
