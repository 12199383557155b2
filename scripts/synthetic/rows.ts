import { FACT_KINDS, fieldsOfKinds, kindField, type KindField } from "../../lib/kinds";
import { factParties, type FactPartyRow } from "../../lib/facts/parties";
import type { SyntheticFact, SyntheticSource } from "./fact-types";

/**
 * Table rows of generated dispatches, in one column order both bulk loaders share. Every row
 * is marked synthetic, so it can be told apart from (and deleted without touching) real data.
 */

export const SOURCE_COLUMNS = ["id", "title", "publisher", "url", "publishedAt", "language", "text", "contentHash", "synthetic", "createdAt"] as const;

const PG_TYPE = { INTEGER: "int", REAL: "float8", TEXT: "text" } as const;

/** Column name → PostgreSQL type, for typed unnest() arrays; each kind's columns from its definition. */
export const FACT_COLUMNS = {
  id: "int", kind: "text", date: "text", country: "text", placeId: "int", sourceId: "int", quote: "text", start: "int", end: "int",
  status: "text", confidence: "float8", synthetic: "bool",
  ...Object.fromEntries(fieldsOfKinds().map((f) => [f, PG_TYPE[FACT_KINDS.map((k) => kindField(k, f)).find((d) => d)!.column]])),
  createdAt: "timestamp(3)", updatedAt: "timestamp(3)",
} as Record<"id" | "kind" | "date" | "country" | "placeId" | "sourceId" | "quote" | "start" | "end" | "status" | "confidence" | "synthetic" | KindField | "createdAt" | "updatedAt", string>;
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
  const values: Partial<Record<FactColumn, Cell>> = {
    id, kind: f.fact.kind, date: f.fact.date, country: f.fact.country, placeId, sourceId, quote: f.fact.quote,
    start: f.fact.start, end: f.fact.end, status: f.status, confidence: f.fact.confidence, synthetic: true,
    ...Object.fromEntries(fieldsOfKinds().map((name) => [name, field(f, name)])),
    // The server's own fields: the euro rate the generator converted with.
    rateUsed: f.rateUsed, rateDate: f.rateDate, createdAt: now, updatedAt: now,
  };
  return FACT_COLUMN_NAMES.map((c) => values[c] ?? null);
}

/** The same (country, role) rows storeFact writes, so the country filter finds synthetic facts too. */
export function partyRows(f: SyntheticFact): FactPartyRow[] {
  return factParties(f.fact);
}
