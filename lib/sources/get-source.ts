import type { Db } from "../db/client";
import { sql } from "../db/sql";
import { FACT_ROW_FROM, FACT_ROW_SELECT, toApiFact, type ApiFact, type FactRow } from "../facts/fact-row";
import { notFound } from "../http/api-error";
import { recordIdParam } from "../http/record-id";

/** The [id] path segment of a source. */
export const sourceIdParam = recordIdParam;

/** A dispatch with its full text and every fact drawn from it, whatever their status. */
export interface SourceDetail {
  id: number;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string;
  language: string;
  text: string;
  /** Facts in the order their quotes appear in the text. */
  facts: ApiFact[];
  /** When the dispatch was stored or one of its facts last changed. */
  lastUpdated: string;
}

export async function getSource(db: Db, id: number): Promise<SourceDetail | null> {
  const source = await db.source.findUnique({
    where: { id },
    select: { id: true, title: true, publisher: true, url: true, publishedAt: true, language: true, text: true, createdAt: true },
  });
  if (!source) return null;
  const [rows, lastFact] = await Promise.all([
    db.$queryRaw<FactRow[]>(sql`SELECT ${FACT_ROW_SELECT} FROM ${FACT_ROW_FROM} WHERE f."sourceId" = ${id} ORDER BY f."start", f."end", f."id"`),
    db.fact.aggregate({ where: { sourceId: id }, _max: { updatedAt: true } }),
  ]);
  const { createdAt, ...fields } = source;
  const changed = lastFact._max.updatedAt;
  return {
    ...fields,
    facts: rows.map(toApiFact),
    lastUpdated: (changed && changed > createdAt ? changed : createdAt).toISOString(),
  };
}

export async function getSourceOrThrow(db: Db, id: number): Promise<SourceDetail> {
  const source = await getSource(db, id);
  if (!source) throw notFound(`no source with id ${id}`);
  return source;
}
