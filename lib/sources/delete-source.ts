import type { Db } from "../db/client";
import { notFound } from "../http/api-error";

/**
 * Deletes a dispatch and the facts it proposed, in one transaction. Facts are deleted first,
 * one statement, so the rollup triggers on Fact take them out of every chart; their parties,
 * revisions and evidence go with them (ON DELETE CASCADE), as does this dispatch's evidence
 * for other dispatches' facts, which stay.
 */
export async function deleteSource(db: Db, id: number): Promise<{ deletedFacts: number }> {
  return db.$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id }, select: { id: true } });
    if (!source) throw notFound(`no dispatch with id ${id}`);
    const { count } = await tx.fact.deleteMany({ where: { sourceId: id } });
    await tx.source.delete({ where: { id } });
    return { deletedFacts: count };
  });
}
