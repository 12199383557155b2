/**
 * The fact contract's vocabulary as plain constants, without zod: the browser imports these (a
 * page that imported contract.ts would carry zod, ~28 kB compressed, in its first load).
 * contract.ts re-exports them and builds its schemas on them.
 */

export const FACT_KINDS = ["injury", "drone", "aid", "shelter"] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const DRONE_OUTCOMES = ["shot_down", "launched", "hit"] as const;
export const AID_CATEGORIES = ["military", "financial", "humanitarian"] as const;
export const FACT_STATUSES = ["proposed", "verified", "rejected"] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

/** A real calendar day written YYYY-MM-DD (the rule contract.ts's isoDay schema checks). */
export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

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
