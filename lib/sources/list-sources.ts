import { providerOf, type Db } from "../db/client";
import { foldedContainsSql, type Provider } from "../db/dialect";
import { heavyRows } from "../db/heavy-read";
import { raw, sql, type Sql } from "../db/sql";
import { FACT_STATUSES, type FactStatus } from "../facts/contract";
import type { SourcesQuery } from "./sources-query";

/** A dispatch as the list shows it: provenance and how many of its facts stand at each status. */
export interface SourceSummary {
  id: number;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string;
  language: string;
  facts: Record<FactStatus, number>;
}

export interface SourcePage {
  sources: SourceSummary[];
  page: number;
  limit: number;
  total: number;
  totalPages: number;
  /** When a dispatch was last added or one of its facts last changed: "last updated" on every view. */
  lastUpdated: string | null;
}

const noFacts = (): Record<FactStatus, number> => Object.fromEntries(FACT_STATUSES.map((s) => [s, 0])) as Record<FactStatus, number>;

const SORT_COLUMN: Record<SourcesQuery["sort"], string> = {
  published: `s."publishedAt"`,
  title: `LOWER(s."title")`,
  publisher: `LOWER(s."publisher")`,
  facts: `(SELECT COUNT(*) FROM "Fact" f WHERE f."sourceId" = s."id")`,
};

/** Search in the title and the publisher, case-insensitive for all of Unicode (% and _ match themselves). */
function searchSql(q: string | undefined, provider: Provider): Sql {
  if (!q) return sql`1 = 1`;
  return sql`(${foldedContainsSql(`s."title"`, q, provider)} OR ${foldedContainsSql(`s."publisher"`, q, provider)})`;
}

/** ORDER BY: the column (dispatches without it last either way), then id in the same direction, so pages keep one order. */
function orderSql(sort: SourcesQuery["sort"], order: SourcesQuery["order"]): Sql {
  const column = SORT_COLUMN[sort];
  const dir = order === "desc" ? "DESC" : "ASC";
  return raw(`CASE WHEN ${column} IS NULL THEN 1 ELSE 0 END, ${column} ${dir}, s."id" ${dir}`);
}

type SourceRow = Omit<SourceSummary, "facts" | "id"> & { id: number | bigint };

/** One page of dispatches in the chosen order (newest publication first by default), with fact counts by status. */
export async function listSources(db: Db, { page, limit, sort = "published", order = "desc", q }: Pick<SourcesQuery, "page" | "limit"> & Partial<SourcesQuery>): Promise<SourcePage> {
  const where = searchSql(q, providerOf(db));
  // A search reads every dispatch, and on SQLite its fold_case exists only on the read pool's
  // connections: it runs there, off the event loop. The plain list is an index walk.
  const rowsOf = <T>(query: Sql): Promise<T[]> => (q ? heavyRows<T>(db, query).then((r) => r.rows) : db.$queryRaw<T[]>(query));
  const [counted, found, lastSource, lastFact] = await Promise.all([
    rowsOf<{ total: number | bigint }>(sql`SELECT COUNT(*) AS "total" FROM "Source" s WHERE ${where}`),
    rowsOf<SourceRow>(sql`
      SELECT s."id", s."title", s."publisher", s."url", s."publishedAt", s."language" FROM "Source" s
      WHERE ${where}
      ORDER BY ${orderSql(sort, order)}
      LIMIT ${limit} OFFSET ${(page - 1) * limit}`),
    // The newest dispatch is the one with the highest id: an index probe, where MAX(createdAt)
    // read every stored dispatch, texts and all (0.3 s of each page at 169,000 dispatches).
    db.source.findFirst({ orderBy: { id: "desc" }, select: { createdAt: true } }),
    // findFirst, not aggregate: Prisma wraps _max in a subquery that SQLite cannot answer from the index.
    db.fact.findFirst({ orderBy: { updatedAt: "desc" }, select: { updatedAt: true } }),
  ]);

  const total = Number(counted[0]?.total ?? 0);
  const rows = found.map((r) => ({ ...r, id: Number(r.id) }));
  // Counted in the database, one group per (dispatch, status), for this page's dispatches only.
  const counts = rows.length
    ? await db.fact.groupBy({ by: ["sourceId", "status"], where: { sourceId: { in: rows.map((r) => r.id) } }, _count: { _all: true } })
    : [];
  const factsBySource = new Map(rows.map((r) => [r.id, noFacts()]));
  for (const c of counts) {
    const tally = factsBySource.get(c.sourceId);
    if (tally && c.status in tally) tally[c.status as FactStatus] = c._count._all;
  }

  const latest = [lastSource?.createdAt ?? null, lastFact?.updatedAt ?? null].filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0];
  return {
    sources: rows.map((r) => ({ ...r, facts: factsBySource.get(r.id) ?? noFacts() })),
    page,
    limit,
    total,
    totalPages: Math.ceil(total / limit),
    lastUpdated: latest ? latest.toISOString() : null,
  };
}
