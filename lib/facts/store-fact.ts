import type { ContractFact, FactStatus } from "./contract";
import { factParties } from "./parties";
import type { Prisma } from "../db/generated/sqlite/client";

export interface PlaceDetails {
  region?: string | null;
  lat?: number | null;
  lon?: number | null;
}

type Tx = Prisma.TransactionClient;

/** The typed columns of a contract fact; fields of other kinds stay null. */
export function factColumns(fact: ContractFact) {
  const base = {
    kind: fact.kind,
    date: fact.date,
    country: fact.country,
    quote: fact.quote,
    start: fact.start,
    end: fact.end,
    confidence: fact.confidence,
    // The extractor names the rule that proposed each fact (an extra key on its output).
    rule: (fact as { rule?: string }).rule ?? null,
  };
  switch (fact.kind) {
    case "injury":
      return { ...base, injured: fact.injured, killed: fact.killed, serious: fact.serious, attacker: fact.attacker };
    case "drone":
      return { ...base, count: fact.count, launched: fact.launched, outcome: fact.outcome, claimant: fact.claimant };
    case "aid": {
      const rate = fact as { rateUsed?: number | null; rateDate?: string | null };
      return {
        ...base,
        amount: fact.amount,
        currency: fact.currency,
        amountEur: fact.amountEur,
        rateUsed: rate.rateUsed ?? null,
        rateDate: rate.rateDate ?? null,
        donor: fact.donor,
        recipient: fact.recipient,
        category: fact.category,
      };
    }
    case "shelter":
      return { ...base, count: fact.count, lengthM: fact.lengthM, widthM: fact.widthM, heightM: fact.heightM };
  }
}

export async function placeIdFor(tx: Tx, name: string | null, country: string, details?: PlaceDetails) {
  if (!name) return null;
  const place = await tx.place.upsert({
    where: { name_country: { name, country } },
    create: { name, country, region: details?.region ?? null, lat: details?.lat ?? null, lon: details?.lon ?? null },
    update: {},
  });
  // A place first stored without coordinates gets them as soon as one fact knows them.
  if (place.lat === null && details?.lat != null) {
    await tx.place.update({ where: { id: place.id }, data: { lat: details.lat, lon: details.lon, region: details.region ?? place.region } });
  }
  return place.id;
}

/** Stores one fact with its place and party rows; call inside the source's transaction. */
export async function storeFact(
  tx: Tx,
  sourceId: number,
  fact: ContractFact,
  status: FactStatus,
  place?: PlaceDetails,
  synthetic = false,
) {
  const placeId = await placeIdFor(tx, fact.place, fact.country, place);
  return tx.fact.create({
    data: {
      ...factColumns(fact),
      status,
      synthetic,
      placeId,
      sourceId,
      parties: { create: factParties(fact) },
    },
  });
}
