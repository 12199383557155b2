import { factParties, type FactPartyRow } from "../../lib/facts/parties";
import type { SyntheticFact, SyntheticSource } from "./fact-types";

/**
 * Table rows of generated dispatches, in one column order both bulk loaders share. Every row
 * is marked synthetic, so it can be told apart from (and deleted without touching) real data.
 */

export const SOURCE_COLUMNS = ["id", "title", "publisher", "url", "publishedAt", "language", "text", "contentHash", "synthetic", "createdAt"] as const;

/** Column name → PostgreSQL type, for typed unnest() arrays. */
export const FACT_COLUMNS = {
  id: "int", kind: "text", date: "text", country: "text", placeId: "int", sourceId: "int", quote: "text", start: "int", end: "int",
  status: "text", confidence: "float8", synthetic: "bool", injured: "int", killed: "int", serious: "int", attacker: "text",
  count: "int", launched: "int", outcome: "text", claimant: "text", amount: "float8", currency: "text", amountEur: "float8",
  rateUsed: "float8", rateDate: "text", donor: "text", recipient: "text", category: "text", lengthM: "float8", widthM: "float8",
  heightM: "float8", createdAt: "timestamp(3)", updatedAt: "timestamp(3)",
} as const;
export type FactColumn = keyof typeof FACT_COLUMNS;
export const FACT_COLUMN_NAMES = Object.keys(FACT_COLUMNS) as FactColumn[];

export type Cell = string | number | boolean | null;

export function sourceRow(id: number, s: SyntheticSource, now: string): Cell[] {
  return [id, s.title, s.publisher, s.url, s.publishedAt, s.language, s.text, s.contentHash, true, now];
}

const field = (f: SyntheticFact, name: string): Cell => {
  const value = (f.fact as unknown as Record<string, Cell | undefined>)[name];
  return value === undefined ? null : value;
};

export function factRow(id: number, sourceId: number, placeId: number | null, f: SyntheticFact, now: string): Cell[] {
  const values: Record<FactColumn, Cell> = {
    id, kind: f.fact.kind, date: f.fact.date, country: f.fact.country, placeId, sourceId, quote: f.fact.quote,
    start: f.fact.start, end: f.fact.end, status: f.status, confidence: f.fact.confidence, synthetic: true,
    injured: field(f, "injured"), killed: field(f, "killed"), serious: field(f, "serious"), attacker: field(f, "attacker"),
    count: field(f, "count"), launched: field(f, "launched"), outcome: field(f, "outcome"), claimant: field(f, "claimant"),
    amount: field(f, "amount"), currency: field(f, "currency"), amountEur: field(f, "amountEur"), rateUsed: f.rateUsed,
    rateDate: f.rateDate, donor: field(f, "donor"), recipient: field(f, "recipient"), category: field(f, "category"),
    lengthM: field(f, "lengthM"), widthM: field(f, "widthM"), heightM: field(f, "heightM"), createdAt: now, updatedAt: now,
  };
  return FACT_COLUMN_NAMES.map((c) => values[c]);
}

/** The same (country, role) rows storeFact writes, so the country filter finds synthetic facts too. */
export function partyRows(f: SyntheticFact): FactPartyRow[] {
  return factParties(f.fact);
}
