import { z } from "zod";
import { KIND_CONTRACTS } from "../kinds/contracts";
import { FACT_KINDS, type FactKind } from "../kinds";
import { evidence, factDay } from "./contract-fields";

/**
 * The fact contract (shared/docs/fact-contract.md) as one zod schema: the extractor's output,
 * the seed file and the API's fact objects all speak it. Field names must never be renamed.
 * Each kind's fields come from its contract (lib/kinds/<kind>/contract.ts).
 */

export { FACT_KINDS, FACT_STATUSES, DRONE_OUTCOMES, AID_CATEGORIES, KIND_FIELDS, fieldsOfKinds, kindsWithField, type FactKind, type FactStatus, type KindField } from "./kinds";
export { FACT_BOUNDS, lastPlausibleDay, implausibleDay, boundedText, isoDay, countryCode, factDay } from "./contract-fields";

type ContractShape<K extends FactKind> = { kind: z.ZodLiteral<K> } & typeof evidence & (typeof KIND_CONTRACTS)[K]["fields"];
type ContractSchema<K extends FactKind> = ContractShape<K> extends infer S extends z.core.$ZodShape ? z.ZodObject<S> : never;
/** Each kind's fact schema: its literal kind, the evidence, its own fields. */
export const FACT_SCHEMAS = Object.fromEntries(
  FACT_KINDS.map((kind) => [kind, z.object({ kind: z.literal(kind), ...evidence, ...KIND_CONTRACTS[kind].fields })]),
) as unknown as { readonly [K in FactKind]: ContractSchema<K> };

export const injuryFact = FACT_SCHEMAS.injury;
export const droneFact = FACT_SCHEMAS.drone;
export const aidFact = FACT_SCHEMAS.aid;
export const shelterFact = FACT_SCHEMAS.shelter;

type FactSchema = (typeof FACT_SCHEMAS)[FactKind];
export const contractFact = z.discriminatedUnion("kind", FACT_KINDS.map((k) => FACT_SCHEMAS[k]) as unknown as [FactSchema, ...FactSchema[]]);
export type ContractFact = z.infer<typeof contractFact>;

export const extractorOutput = z.object({
  published: factDay,
  facts: z.array(contractFact),
});
export type ExtractorOutput = z.infer<typeof extractorOutput>;


