/**
 * The fact contract's vocabulary as plain constants, without zod: the browser imports these (a
 * page that imported contract.ts would carry zod, ~28 kB compressed, in its first load).
 * contract.ts re-exports them and builds its schemas on them. The kinds and their fields come
 * from the kind definitions (lib/kinds).
 */

export { FACT_KINDS, KIND_FIELDS, fieldsOfKinds, isFactKind, kindsWithField, type FactKind, type KindField } from "../kinds";
export { DRONE_OUTCOMES } from "../kinds/drone/definition";
export { AID_CATEGORIES } from "../kinds/aid/definition";

export const FACT_STATUSES = ["proposed", "verified", "rejected"] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

const checkedDays = new Map<string, boolean>();

/** A real calendar day written YYYY-MM-DD (the rule contract.ts's isoDay schema checks). */
export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  // Remembered: the extractor checks thousands of facts against the contract, on a few hundred
  // days, and building a Date for each check was a third of the contract's cost.
  const known = checkedDays.get(s);
  if (known !== undefined) return known;
  const ok = isCalendarDay(s);
  if (checkedDays.size >= 10_000) checkedDays.clear();
  checkedDays.set(s, ok);
  return ok;
}

function isCalendarDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
