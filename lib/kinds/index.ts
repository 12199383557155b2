/**
 * Every fact kind, listed once: the kinds, their fields, words and colours are derived from the
 * definitions below, so a new kind is one folder beside these and one entry in KINDS (then the
 * type checker names what else it needs: docs/architecture.md, "A fact kind").
 * Client-safe: definitions only, no zod, SQL or extractor. Relative imports: tailwind.config.ts
 * reads this through lib/vocabulary/tokens.ts, outside the bundler's path aliases.
 */
import { aidKind } from "./aid/definition";
import { droneKind } from "./drone/definition";
import { injuryKind } from "./injury/definition";
import type { KindDefinition, KindFieldDefinition } from "./kind-definition";
import { shelterKind } from "./shelter/definition";

export const KINDS = [injuryKind, droneKind, aidKind, shelterKind] as const;

type Kinds = typeof KINDS;
export type FactKind = Kinds[number]["kind"];
/** The definition of one kind. */
export type KindOf<K extends FactKind> = Extract<Kinds[number], { kind: K }>;

// A mapped type keeps a tuple a tuple only over a type parameter.
type KindNames<T extends readonly { kind: string }[]> = { readonly [I in keyof T]: T[I]["kind"] };

export const FACT_KINDS = KINDS.map((k) => k.kind) as unknown as KindNames<Kinds>;

/** Each kind's definition by name. */
export const KIND_DEFINITIONS = Object.fromEntries(KINDS.map((k) => [k.kind, k])) as unknown as { readonly [K in FactKind]: KindOf<K> };

/** A kind's field names, in the order tables and CSV show them. */
export type FieldOf<K extends FactKind> = keyof KindOf<K>["fields"] & string;
export type KindField = { [K in FactKind]: FieldOf<K> }[FactKind];

/** The fields each kind adds to the common ones, in the order tables and CSV show them. */
export const KIND_FIELDS = Object.fromEntries(KINDS.map((k) => [k.kind, Object.keys(k.fields)])) as unknown as { readonly [K in FactKind]: readonly FieldOf<K>[] };

/** The definition of a kind's field, or undefined when the kind has no such field. */
export function kindField(kind: FactKind, field: string): KindFieldDefinition | undefined {
  return (KIND_DEFINITIONS[kind] as KindDefinition).fields[field];
}

/** The kinds that have a field (count: drone and shelter), for writing it only on their facts. */
export function kindsWithField(field: string): FactKind[] {
  return FACT_KINDS.filter((k) => kindField(k, field) !== undefined);
}

/** The union of the fields of some kinds, without repeats, in table order. */
export function fieldsOfKinds(kinds: readonly FactKind[] = FACT_KINDS): KindField[] {
  return [...new Set(kinds.flatMap((k) => KIND_FIELDS[k] as readonly KindField[]))];
}

export function isFactKind(value: string): value is FactKind {
  return (FACT_KINDS as readonly string[]).includes(value);
}

type FieldDefinitionOf<F extends KindField> = { [K in FactKind]: F extends FieldOf<K> ? KindOf<K>["fields"][F] : never }[FactKind];
/** The value a kind field's column holds (text for TEXT, a number otherwise), null where not stated. */
export type KindColumnValue<F extends KindField> = FieldDefinitionOf<F>["column"] extends "TEXT" ? string | null : number | null;
/** Some kinds' columns of a Fact row, typed by the definitions. */
export type KindColumns = { [F in KindField]?: KindColumnValue<F> };
