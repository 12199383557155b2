import { FACT_KINDS, KIND_DEFINITIONS, KIND_FIELDS, isFactKind, type FactKind } from "@/lib/kinds";
import type { FieldType, KindDefinition } from "@/lib/kinds/kind-definition";
import { kindLabel } from "@/lib/vocabulary/labels";

export type { FieldType };
export { isFactKind };

export interface FieldSpec {
  label: string;
  type: FieldType;
  /** The contract requires a value; every other field may stay empty (null). */
  required?: boolean;
  options?: readonly { value: string; label: string }[];
}

export const KIND_OPTIONS = FACT_KINDS.map((k) => ({ value: k, label: kindLabel(k) }));

/** The fields every fact has, in form order. */
export const COMMON_FIELDS = ["kind", "date", "country", "place"] as const;

/** Each kind's own fields a reviewer edits; those the server stores (the conversion rate and its date) are not. */
export const EDITABLE_KIND_FIELDS = Object.fromEntries(
  FACT_KINDS.map((k) => [k, (KIND_FIELDS[k] as readonly string[]).filter((f) => !(KIND_DEFINITIONS[k] as KindDefinition).fields[f]?.stored)]),
) as Record<FactKind, string[]>;

const COMMON_SPECS: Record<(typeof COMMON_FIELDS)[number], FieldSpec> = {
  kind: { label: "Kind", type: "choice", required: true, options: KIND_OPTIONS },
  date: { label: "Date of the event", type: "date", required: true },
  country: { label: "Country", type: "country", required: true },
  place: { label: "Place", type: "text" },
};

/** How the form shows a field: the common ones, else the kind definition's. */
export function fieldSpec(kind: FactKind, field: string): FieldSpec {
  const common = (COMMON_SPECS as Record<string, FieldSpec>)[field];
  if (common) return common;
  const own = (KIND_DEFINITIONS[kind] as KindDefinition).fields[field];
  return own ? { label: own.label, type: own.input, required: own.required, options: own.options } : { label: field, type: "text" };
}
