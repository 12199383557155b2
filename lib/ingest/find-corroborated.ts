import type { ContractFact } from "../facts/contract";
import type { Prisma } from "../db/generated/sqlite/client";

type Tx = Prisma.TransactionClient;

/** The number that identifies an event within its kind: two reports of it state the same one. */
function keyNumber(fact: ContractFact): Prisma.FactWhereInput {
  switch (fact.kind) {
    case "injury":
      return { injured: fact.injured };
    case "drone":
      return { count: fact.count, outcome: fact.outcome, claimant: fact.claimant };
    case "aid":
      return { amount: fact.amount, currency: fact.currency, donor: fact.donor };
    case "shelter":
      return { count: fact.count };
  }
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
