import type { Db } from "../db/client";
import { heavyRows } from "../db/heavy-read";
import { sql } from "../db/sql";
import { invalidParameter } from "../http/api-error";
import { isRecordId } from "../http/record-id";
import { FACT_ROW_FROM, FACT_ROW_SELECT, toApiFact, type ApiFact, type FactRow } from "./fact-row";
import { chooseCountryMatch } from "./country-match";
import { factWhereSql } from "./filter-sql";
import type { FactFilters } from "./filters";

export interface FactPage {
  facts: ApiFact[];
  nextCursor: string | null;
}

/** Cursor = the (date, id) of the last fact shown, so pages stay stable while facts are added. */
export function encodeCursor(date: string, id: number): string {
  return Buffer.from(`${date}|${id}`).toString("base64url");
}

export function decodeCursor(cursor: string): { date: string; id: number } {
  const [date, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !id || !isRecordId(id)) {
    throw invalidParameter("cursor", `invalid cursor "${cursor}": pass the nextCursor of a previous page unchanged`);
  }
  return { date, id: Number(id) };
}

/** One page of facts in date order (then id), under the filters. */
export async function getFactPage(db: Db, filters: FactFilters, limit: number, cursor?: string): Promise<FactPage> {
  const after = cursor ? decodeCursor(cursor) : undefined;
  // A row-value comparison, not "date > d OR (date = d AND id > i)": both databases turn it into
  // an index range, where the OR made PostgreSQL read every earlier row (0.4 s for a page 40% in).
  const extra = after ? [sql`(f."date", f."id") > (${after.date}, ${after.id})`] : [];
  const countryMatch = await chooseCountryMatch(db, filters, limit);
  const { rows } = await heavyRows<FactRow>(db, sql`
    SELECT ${FACT_ROW_SELECT} FROM ${FACT_ROW_FROM}
    WHERE ${factWhereSql(filters, extra, { countryMatch })}
    ORDER BY f."date", f."id"
    LIMIT ${limit + 1}`);
  const facts = rows.slice(0, limit).map(toApiFact);
  const last = facts.at(-1);
  return { facts, nextCursor: rows.length > limit && last ? encodeCursor(last.date, last.id) : null };
}
