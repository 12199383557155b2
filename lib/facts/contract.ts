import { z } from "zod";
import { isKnownCountry } from "../countries/country-names";

/**
 * The fact contract (shared/docs/fact-contract.md) as one zod schema: the extractor's output,
 * the seed file and the API's fact objects all speak it. Field names must never be renamed.
 */

import { FACT_KINDS, FACT_STATUSES, DRONE_OUTCOMES, AID_CATEGORIES, KIND_FIELDS, isIsoDay, type FactKind } from "./kinds";

export { FACT_KINDS, FACT_STATUSES, DRONE_OUTCOMES, AID_CATEGORIES, KIND_FIELDS, fieldsOfKinds, kindsWithField, type FactKind, type FactStatus, type KindField } from "./kinds";

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO day YYYY-MM-DD")
  .refine(isIsoDay, "not a real calendar day");

export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code such as UA")
  .refine(isKnownCountry, { error: (iss) => `"${String(iss.input)}" is not an ISO 3166-1 alpha-2 country code` });

const count = z.number().int().nonnegative();
const measure = z.number().nonnegative();

const evidence = {
  date: isoDay,
  country: countryCode,
  place: z.string().min(1).nullable(),
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  confidence: z.number().min(0).max(1),
};

export const injuryFact = z.object({
  kind: z.literal("injury"),
  ...evidence,
  injured: count,
  killed: count.nullable(),
  serious: count.nullable(),
  attacker: countryCode.nullable(),
});

export const droneFact = z.object({
  kind: z.literal("drone"),
  ...evidence,
  count,
  launched: count.nullable(),
  outcome: z.enum(DRONE_OUTCOMES),
  claimant: countryCode.nullable(),
});

export const aidFact = z.object({
  kind: z.literal("aid"),
  ...evidence,
  amount: z.number().positive(),
  currency: z.string().regex(/^[A-Z]{3}$/, "expected an ISO 4217 code such as EUR"),
  amountEur: z.number().nonnegative().nullable(),
  donor: countryCode.nullable(),
  recipient: countryCode.nullable(),
  category: z.enum(AID_CATEGORIES).nullable(),
});

export const shelterFact = z.object({
  kind: z.literal("shelter"),
  ...evidence,
  count,
  lengthM: measure.nullable(),
  widthM: measure.nullable(),
  heightM: measure.nullable(),
});

export const contractFact = z.discriminatedUnion("kind", [injuryFact, droneFact, aidFact, shelterFact]);
export type ContractFact = z.infer<typeof contractFact>;

export const extractorOutput = z.object({
  published: isoDay,
  facts: z.array(contractFact),
});
export type ExtractorOutput = z.infer<typeof extractorOutput>;


