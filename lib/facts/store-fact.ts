import type { KindColumns } from "../kinds";
import { KIND_FIELDS, type ContractFact, type FactStatus, type KindField } from "./contract";
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
  // The kind's fields are its columns (lib/kinds); the server's own (the euro rate) may ride along.
  const fields = Object.fromEntries(KIND_FIELDS[fact.kind].map((field) => [field, (fact as Record<string, unknown>)[field] ?? null]));
  return { ...base, ...fields } as typeof base & KindColumns;
}

// Every kind field is a Fact column of schema.prisma (the generated client), of the type its
// definition says: a field without its migration fails to compile here, not in a query.
type MissingColumn = Exclude<KindField, keyof Prisma.FactUncheckedCreateInput>;
const _everyFieldIsAColumn: [MissingColumn] extends [never] ? true : `add the column "${MissingColumn}" to Fact: a migration, schema.prisma, npm run db:sync-postgres` = true;
void _everyFieldIsAColumn;

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
