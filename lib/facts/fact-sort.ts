import { foldedContainsSql, type Provider } from "../db/dialect";
import { join, raw, sql, type Sql } from "../db/sql";
import { fieldsOfKinds } from "./contract";

/** The columns a facts list can be sorted by: the common ones and every kind's fields. */
export const FACT_SORT_COLUMNS = ["date", "place", "country", "status", "confidence", "kind", "source", ...fieldsOfKinds()] as const;
export type FactSortColumn = (typeof FACT_SORT_COLUMNS)[number];
export const SORT_ORDERS = ["asc", "desc"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

function columnSql(column: FactSortColumn): Sql {
  if (column === "place") return raw(`pl."name"`);
  if (column === "source") return raw(`s."title"`);
  return raw(`f."${column}"`);
}

/**
 * ORDER BY for a sorted list: the column, facts that do not state it last in either direction
 * (SQLite and PostgreSQL disagree on where NULLs go, so it is spelt out), then id in the same
 * direction, so every order is total and pages never repeat or skip a fact.
 */
export function factOrderSql(column: FactSortColumn, order: SortOrder): Sql {
  const dir = raw(order === "desc" ? "DESC" : "ASC");
  if (column === "date") return sql`f."date" ${dir}, f."id" ${dir}`;
  const col = columnSql(column);
  return sql`CASE WHEN ${col} IS NULL THEN 1 ELSE 0 END, ${col} ${dir}, f."id" ${dir}`;
}

/** Search in the place, its region, the country code, the quote and the source's title: case-insensitive for all of Unicode. */
export function factSearchSql(text: string, provider: Provider): Sql {
  const columns = [`pl."name"`, `pl."region"`, `f."country"`, `f."quote"`, `s."title"`];
  return sql`(${join(columns.map((column) => foldedContainsSql(column, text, provider)), " OR ")})`;
}
