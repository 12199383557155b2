import { z } from "zod";
import { aidFact, droneFact, FACT_STATUSES, injuryFact, shelterFact } from "./contract";

/**
 * A fact as the API answers it: the contract's fields of its kind (a union by kind, so
 * `fact.injured` exists only once `fact.kind === "injury"`), its place, status and source.
 */
const common = {
  id: z.number().int().positive(),
  date: z.string(),
  country: z.string(),
  place: z.string().nullable(),
  region: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  status: z.enum(FACT_STATUSES),
  confidence: z.number(),
  /** The extractor rule that proposed it; null when added by hand. */
  rule: z.string().nullable(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  source: z.object({ id: z.number().int(), title: z.string(), url: z.string().nullable(), publisher: z.string().nullable(), publishedAt: z.string() }),
};

// Stored parties are codes, but an edited fact's may be any code: checked as text, not as a known country.
const party = z.string().nullable();

export const apiFactSchema = z.discriminatedUnion("kind", [
  z.object({ ...common, ...injuryFact.pick({ kind: true, injured: true, killed: true, serious: true }).shape, attacker: party }),
  z.object({ ...common, ...droneFact.pick({ kind: true, count: true, launched: true, outcome: true }).shape, claimant: party }),
  z.object({
    ...common,
    ...aidFact.pick({ kind: true, amount: true, currency: true, amountEur: true, category: true }).shape,
    rateUsed: z.number().nullable(),
    rateDate: z.string().nullable(),
    donor: party,
    recipient: party,
  }),
  z.object({ ...common, ...shelterFact.pick({ kind: true, count: true, lengthM: true, widthM: true, heightM: true }).shape }),
]);

export type ApiFact = z.infer<typeof apiFactSchema>;
export type ApiFactOf<K extends ApiFact["kind"]> = Extract<ApiFact, { kind: K }>;

export { factField } from "./fact-field";
