import type { z } from "zod";
import type { KindDefinition, KindFieldDefinition } from "./kind-definition";

/** The value a column holds: a number for INTEGER and REAL, text for TEXT; null where not stated. */
type ColumnValue<F extends KindFieldDefinition> = F["column"] extends "TEXT" ? string | null : number | null;

type StoredField<D extends KindDefinition> = { [F in keyof D["fields"]]: D["fields"][F] extends { stored: true } ? F : never }[keyof D["fields"]];

/**
 * A kind's zod schemas, one per field of its definition (no more, no fewer), each giving the
 * type its column holds. `fields` are the contract's (what the extractor proposes and a reviewer
 * edits); `stored` are the fields only the server writes (the euro conversion), which the API
 * answers with.
 */
export interface KindContract<D extends KindDefinition> {
  fields: { [F in Exclude<keyof D["fields"], StoredField<D>>]: z.ZodType<ColumnValue<D["fields"][F]>> };
  stored: { [F in StoredField<D>]: z.ZodType<ColumnValue<D["fields"][F]>> };
}
