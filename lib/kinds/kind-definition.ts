/**
 * What a fact kind is, in the parts the browser may read: its fields (the Fact columns it fills,
 * in table and CSV order), its words and its colour. No zod, no SQL, no extractor: client components import these.
 * The other parts of a kind, each checked against its definition by the type checker:
 * `contract.ts` (the zod schema of each field), `form.ts` (how the review form edits each
 * field; apart so dashboard pages do not carry it), `server.ts` (its extractor plugin, event key
 * and metric names; server only) and its metrics' SQL in lib/series/metrics.ts. docs/architecture.md has the recipe.
 */

/** How a form input reads and what its text becomes: numbers, ISO codes, a choice or free text. */
export type FieldType = "count" | "measure" | "country" | "currency" | "choice" | "text" | "date";

/** The roles a country plays in a fact; `location` is every fact's own country. */
export const PARTY_ROLES = ["location", "attacker", "claimant", "donor", "recipient"] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export interface KindFieldDefinition {
  /** The Fact column's SQL type; a column two kinds share (count) must agree (tests/unit/kinds). */
  column: "INTEGER" | "REAL" | "TEXT";
  /** Column header in tables. */
  header: string;
  /** Written by the server (the euro conversion), not part of the contract nor editable. */
  stored?: true;
  /** The field names a country in this role: it is indexed as a party of the fact (FactParty). */
  party?: Exclude<PartyRole, "location">;
}

export interface KindDefinition<K extends string = string> {
  kind: K;
  labels: { one: string; many: string };
  /** The kind's colour token (lib/vocabulary/tokens.ts), each at least 3:1 on its backgrounds. */
  colour: { light: string; dark: string };
  fields: Record<string, KindFieldDefinition>;
}

/** How the review form edits one field. */
export interface FormFieldSpec {
  label: string;
  type: FieldType;
  /** The contract requires a value; every other field may stay empty (null). */
  required?: boolean;
  options?: readonly { value: string; label: string }[];
}

type StoredField<D extends KindDefinition> = { [F in keyof D["fields"]]: D["fields"][F] extends { stored: true } ? F : never }[keyof D["fields"]];

/** A kind's review form: a spec for each field a reviewer edits (every field but the server's), no more. */
export type KindForm<D extends KindDefinition> = { [F in Exclude<keyof D["fields"], StoredField<D>>]: FormFieldSpec };
