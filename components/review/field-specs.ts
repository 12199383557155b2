import { FACT_KINDS, KIND_DEFINITIONS, KIND_FIELDS, isFactKind, type FactKind } from "@/lib/kinds";
import { KIND_FORMS } from "@/lib/kinds/forms";
import type { FieldType, FormFieldSpec, KindDefinition } from "@/lib/kinds/kind-definition";
import { kindLabel } from "@/lib/vocabulary/labels";

export type { FieldType };
export { isFactKind };

export type FieldSpec = FormFieldSpec;

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

/** How the form shows a field: the common ones, else the kind's form (lib/kinds/<kind>/form.ts). */
export function fieldSpec(kind: FactKind, field: string): FieldSpec {
  return (COMMON_SPECS as Record<string, FieldSpec>)[field] ?? (KIND_FORMS[kind] as Record<string, FieldSpec>)[field] ?? { label: field, type: "text" };
}
