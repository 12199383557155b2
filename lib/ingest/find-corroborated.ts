import { KIND_SERVER } from "../kinds/server";
import type { ContractFact } from "../facts/contract";
import type { Prisma } from "../db/generated/sqlite/client";

type Tx = Prisma.TransactionClient;

/** The numbers that identify an event within its kind (`sameEvent` in lib/kinds/<kind>/server.ts): two reports of it state the same ones. */
function keyNumber(fact: ContractFact): Prisma.FactWhereInput {
  const fields: readonly string[] = KIND_SERVER[fact.kind].sameEvent;
  return Object.fromEntries(fields.map((field) => [field, (fact as Record<string, unknown>)[field] ?? null]));
}

/**
 * An existing fact that reports the same event (same kind, day, country, place and key number,
 * same claimant for drones): a second dispatch corroborates it rather than counting it twice.
 * Different figures, or the same figure claimed by another party, stay separate facts.
 */
export async function findCorroboratedFact(tx: Tx, fact: ContractFact): Promise<number | null> {
  const match = await tx.fact.findFirst({
    where: {
      kind: fact.kind,
      date: fact.date,
      country: fact.country,
      status: { not: "rejected" },
      place: fact.place ? { name: fact.place } : null,
      ...keyNumber(fact),
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return match?.id ?? null;
}
