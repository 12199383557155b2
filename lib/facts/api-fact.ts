import { z } from "zod";
import { KIND_CONTRACTS } from "../kinds/contracts";
import { KIND_DEFINITIONS, type KindOf } from "../kinds";
import type { KindDefinition } from "../kinds/kind-definition";
import { FACT_KINDS, FACT_STATUSES, type FactKind } from "./contract";

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

type Contract<K extends FactKind> = (typeof KIND_CONTRACTS)[K];
type PartyField<K extends FactKind> = { [F in keyof KindOf<K>["fields"]]: KindOf<K>["fields"][F] extends { party: string } ? F : never }[keyof KindOf<K>["fields"]];
type ApiShape<K extends FactKind> = typeof common & { kind: z.ZodLiteral<K> } & {
  [F in keyof Contract<K>["fields"]]: F extends PartyField<K> ? typeof party : Contract<K>["fields"][F];
} & Contract<K>["stored"];
type ApiSchema<K extends FactKind> = ApiShape<K> extends infer S extends z.core.$ZodShape ? z.ZodObject<S> : never;

/** A kind's API fact: the contract's fields (parties as plain codes) and what the server stores. */
function apiSchemaOf(kind: FactKind) {
  const definition: KindDefinition = KIND_DEFINITIONS[kind];
  const contract = KIND_CONTRACTS[kind];
  const fields = Object.fromEntries(Object.entries(contract.fields).map(([name, schema]) => [name, definition.fields[name]?.party ? party : schema]));
  return z.object({ ...common, kind: z.literal(kind), ...fields, ...contract.stored });
}

const API_SCHEMAS = Object.fromEntries(FACT_KINDS.map((k) => [k, apiSchemaOf(k)])) as unknown as { readonly [K in FactKind]: ApiSchema<K> };
type ApiFactSchema = (typeof API_SCHEMAS)[FactKind];

export const apiFactSchema = z.discriminatedUnion("kind", FACT_KINDS.map((k) => API_SCHEMAS[k]) as unknown as [ApiFactSchema, ...ApiFactSchema[]]);

export type ApiFact = z.infer<typeof apiFactSchema>;
export type ApiFactOf<K extends ApiFact["kind"]> = Extract<ApiFact, { kind: K }>;

export { factField } from "./fact-field";
