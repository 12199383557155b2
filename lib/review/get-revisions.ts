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
  const rows = await db.factRevision.findMany({
    where: { factId: { in: factIds } },
    include: { user: { select: { displayName: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
  });
  // The account's display name as it is now (never its login name); older revisions keep the name typed at the time.
  return rows.map(({ user, userId: _userId, ...r }) => ({ ...r, editor: user?.displayName ?? r.editor, createdAt: r.createdAt.toISOString() }));
}
