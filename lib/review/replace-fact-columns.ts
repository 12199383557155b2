import { fieldsOfKinds, type ContractFact, type FactStatus } from "../facts/contract";
import { factParties } from "../facts/parties";
import { factColumns, placeIdFor } from "../facts/store-fact";
import type { Prisma } from "../db/generated/sqlite/client";

/**
 * Writes a whole fact over an existing row: its kind's columns, nulls for every other kind's
 * (the kind may have changed), its place, and its party rows rebuilt.
 */
export async function replaceFactColumns(tx: Prisma.TransactionClient, id: number, fact: ContractFact, status: FactStatus) {
  const cleared = Object.fromEntries(fieldsOfKinds().map((f) => [f, null]));
  const placeId = await placeIdFor(tx, fact.place, fact.country);
  await tx.factParty.deleteMany({ where: { factId: id } });
  await tx.fact.update({
    where: { id },
    data: { ...cleared, ...factColumns(fact), status, placeId, parties: { create: factParties(fact) } },
  });
}
