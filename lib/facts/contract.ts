import { z } from "zod";
import { isKnownCountry } from "../countries/country-names";

/**
 * The fact contract (shared/docs/fact-contract.md) as one zod schema: the extractor's output,
 * the seed file and the API's fact objects all speak it. Field names must never be renamed.
 */

export const FACT_KINDS = ["injury", "drone", "aid", "shelter"] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const DRONE_OUTCOMES = ["shot_down", "launched", "hit"] as const;
export const AID_CATEGORIES = ["military", "financial", "humanitarian"] as const;
export const FACT_STATUSES = ["proposed", "verified", "rejected"] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO day YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "not a real calendar day");

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
  // Null when the text states deaths only ("a woman was killed"): the annotation guide scores killed then.
  injured: count.nullable(),
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

/** The fields each kind adds to the common ones, in the order tables and CSV show them. */
export const KIND_FIELDS = {
  injury: ["injured", "killed", "serious", "attacker"],
  drone: ["count", "launched", "outcome", "claimant"],
  aid: ["amount", "currency", "amountEur", "rateUsed", "rateDate", "donor", "recipient", "category"],
  shelter: ["count", "lengthM", "widthM", "heightM"],
} as const satisfies Record<FactKind, readonly string[]>;

export type KindField = (typeof KIND_FIELDS)[FactKind][number];

/** The kinds that have a field (count: drone and shelter), for writing it only on their facts. */
export function kindsWithField(field: string): FactKind[] {
  return FACT_KINDS.filter((k) => (KIND_FIELDS[k] as readonly string[]).includes(field));
}

/** The union of the fields of some kinds, without repeats, in table order. */
export function fieldsOfKinds(kinds: readonly FactKind[] = FACT_KINDS): KindField[] {
  return [...new Set(kinds.flatMap((k) => KIND_FIELDS[k] as readonly KindField[]))];
}
