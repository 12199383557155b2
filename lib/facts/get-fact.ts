import type { Db } from "../db/client";
import { join, sql } from "../db/sql";
import { notFound } from "../http/api-error";
import { FACT_ROW_FROM, FACT_ROW_SELECT, toApiFact, type ApiFact, type FactRow } from "./fact-row";

export async function getFactOrThrow(db: Db, id: number): Promise<ApiFact> {
  const [row] = await db.$queryRaw<FactRow[]>(sql`SELECT ${FACT_ROW_SELECT} FROM ${FACT_ROW_FROM} WHERE f."id" = ${id}`);
  if (!row) throw notFound(`no fact with id ${id}`);
  return toApiFact(row);
}

/** Facts by id (in id order), whatever their status; for answering a write with what it stored. */
export async function getFactsByIds(db: Db, ids: number[]): Promise<ApiFact[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<FactRow[]>(sql`SELECT ${FACT_ROW_SELECT} FROM ${FACT_ROW_FROM} WHERE f."id" IN (${join(ids)}) ORDER BY f."id"`);
  return rows.map(toApiFact);
}
