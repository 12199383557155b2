import { AID_CATEGORIES, DRONE_OUTCOMES, FACT_KINDS, KIND_FIELDS, type FactKind } from "@/lib/facts/contract";

/** How an input reads and what its text becomes: numbers, ISO codes, a choice or free text. */
export type FieldType = "count" | "measure" | "country" | "currency" | "choice" | "text" | "date";

export interface FieldSpec {
  label: string;
  type: FieldType;
  /** The contract requires a value; every other field may stay empty (null). */
  required?: boolean;
  options?: readonly { value: string; label: string }[];
}

export const KIND_LABELS: Record<FactKind, string> = { injury: "Injury", drone: "Drones", aid: "Aid", shelter: "Shelters" };
export const KIND_OPTIONS = FACT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }));

const OUTCOME_LABELS: Record<(typeof DRONE_OUTCOMES)[number], string> = { shot_down: "Shot down", launched: "Launched", hit: "Hit a target" };

/** The fields every fact has, in form order. */
export const COMMON_FIELDS = ["kind", "date", "country", "place"] as const;

/** Each kind's own fields a reviewer edits; the conversion rate and its date are the server's. */
export const EDITABLE_KIND_FIELDS = Object.fromEntries(
  FACT_KINDS.map((k) => [k, (KIND_FIELDS[k] as readonly string[]).filter((f) => f !== "rateUsed" && f !== "rateDate")]),
) as Record<FactKind, string[]>;

const COMMON_SPECS: Record<(typeof COMMON_FIELDS)[number], FieldSpec> = {
  kind: { label: "Kind", type: "choice", required: true, options: KIND_OPTIONS },
  date: { label: "Date of the event", type: "date", required: true },
  country: { label: "Country", type: "country", required: true },
  place: { label: "Place", type: "text" },
};

const SPECS: Record<FactKind, Record<string, FieldSpec>> = {
  injury: {
    injured: { label: "Injured", type: "count", required: true },
    killed: { label: "Killed", type: "count" },
    serious: { label: "Of whom serious", type: "count" },
    attacker: { label: "Attacker (country)", type: "country" },
  },
  drone: {
    count: { label: "Drones", type: "count", required: true },
    launched: { label: "Launched (the “of Y”)", type: "count" },
    outcome: { label: "Outcome", type: "choice", required: true, options: DRONE_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] })) },
    claimant: { label: "Claimed by (country)", type: "country" },
  },
  aid: {
    amount: { label: "Amount", type: "measure", required: true },
    currency: { label: "Currency (ISO 4217)", type: "currency", required: true },
    amountEur: { label: "Amount in EUR", type: "measure" },
    donor: { label: "Donor (country)", type: "country" },
    recipient: { label: "Recipient (country)", type: "country" },
    category: { label: "Category", type: "choice", options: AID_CATEGORIES.map((c) => ({ value: c, label: c[0]!.toUpperCase() + c.slice(1) })) },
  },
  shelter: {
    count: { label: "Shelters", type: "count", required: true },
    lengthM: { label: "Length (m)", type: "measure" },
    widthM: { label: "Width (m)", type: "measure" },
    heightM: { label: "Height (m)", type: "measure" },
  },
};

export function fieldSpec(kind: FactKind, field: string): FieldSpec {
  return (COMMON_SPECS as Record<string, FieldSpec>)[field] ?? SPECS[kind][field] ?? { label: field, type: "text" };
}

export function isFactKind(value: string): value is FactKind {
  return (FACT_KINDS as readonly string[]).includes(value);
}
