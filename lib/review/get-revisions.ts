import type { Db } from "../db/client";

export interface Revision {
  id: number;
  factId: number;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  editor: string;
  createdAt: string;
}

/** The edit history of some facts, newest first. */
export async function getRevisions(db: Db, factIds: number[]): Promise<Revision[]> {
  if (factIds.length === 0) return [];
  const rows = await db.factRevision.findMany({ where: { factId: { in: factIds } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 500 });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
