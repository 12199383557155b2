import type { FactKind } from "@/lib/facts/contract";
import { factField } from "@/lib/facts/fact-field";
import type { ApiFact } from "@/lib/facts/fact-row";
import { COMMON_FIELDS, EDITABLE_KIND_FIELDS, fieldSpec, isFactKind } from "./field-specs";

/** A fact's fields as typed into its form: every kind's fields, so switching kind loses nothing. */
export type Draft = Record<string, string>;
export type FieldValue = string | number | null;

const ALL_FIELDS = [...new Set([...COMMON_FIELDS, ...Object.values(EDITABLE_KIND_FIELDS).flat()])];

export function draftOf(fact: ApiFact): Draft {
  return Object.fromEntries(
    ALL_FIELDS.map((field) => {
      const value = field === "place" ? fact.place : factField(fact, field);
      return [field, value === null || value === undefined ? "" : String(value)];
    }),
  );
}

/** A blank fact for a new selection: the kind is chosen first, the day defaults to publication. */
export function blankDraft(date: string): Draft {
  return { ...Object.fromEntries(ALL_FIELDS.map((f) => [f, ""])), date };
}

export function draftKind(draft: Draft): FactKind | null {
  return isFactKind(draft.kind ?? "") ? (draft.kind as FactKind) : null;
}

/** The fields the form shows and sends for a kind, in form order. */
export function fieldsOfKind(kind: FactKind): string[] {
  return [...COMMON_FIELDS, ...EDITABLE_KIND_FIELDS[kind]];
}

/**
 * What the API receives for a typed value: empty is null, codes are upper case, numbers are
 * numbers. Text that is not a number is sent as typed, so the server's 400 names the field.
 */
export function fieldValue(kind: FactKind, field: string, typed: string): FieldValue {
  const text = typed.trim();
  const { type } = fieldSpec(kind, field);
  if (field === "kind" || type === "date") return text;
  if (text === "") return null;
  if (type === "count" || type === "measure") {
    const n = Number(text);
    return Number.isFinite(n) ? n : text;
  }
  if (type === "country" || type === "currency") return text.toUpperCase();
  return text;
}

/** Every field of the draft's kind as the API takes it (for a new fact). */
export function payloadOf(draft: Draft): Record<string, FieldValue> {
  const kind = draftKind(draft);
  if (!kind) return {};
  return Object.fromEntries(fieldsOfKind(kind).map((f) => [f, fieldValue(kind, f, draft[f] ?? "")]));
}

/**
 * The edit as a PATCH body: only the fields whose value changed, or, when the kind changed,
 * every field of the new kind (the server checks the fact whole against its new kind).
 */
export function patchOf(baseline: Draft, draft: Draft): Record<string, FieldValue> {
  const kind = draftKind(draft);
  if (!kind) return {};
  const kindChanged = draft.kind !== baseline.kind;
  const patch: Record<string, FieldValue> = {};
  for (const field of fieldsOfKind(kind)) {
    const next = fieldValue(kind, field, draft[field] ?? "");
    const before = fieldValue(kind, field, baseline[field] ?? "");
    if (next !== before || (kindChanged && !(COMMON_FIELDS as readonly string[]).includes(field))) patch[field] = next;
  }
  return patch;
}
