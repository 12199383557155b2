import { join, raw, sql, type Sql } from "../db/sql";

/**
 * How a series' grouped rows (a SELECT … GROUP BY with columns key, split?, the place columns,
 * facts, exampleFactId and the metrics) are ranked, limited and completed with an Other row.
 */
export interface GroupShape {
  /** The key is a period: periods are never limited, only the split's values are. */
  byTime: boolean;
  split: boolean;
  /** A place is its name and country; the Other row has neither, nor coordinates. */
  byPlace: boolean;
  /** Groups rank by this metric's total, largest first ("facts" counts reports). */
  rankMetric: string;
  /** The metric columns besides facts, summed into the Other row. */
  metrics: string[];
  /** How many groups are shown separately; the rest are summed into Other. */
  limit: number;
}

const q = (column: string) => `"${column}"`;

/** The columns that name a group (what is ranked), and those an Other row keeps. */
export function groupColumns(shape: Pick<GroupShape, "byTime" | "split" | "byPlace">): { group: string[]; keep: string[] } {
  if (shape.byTime) return { group: shape.split ? ["split"] : [], keep: ["key"] };
  return { group: shape.byPlace ? ["key", "country"] : ["key"], keep: shape.split ? ["split"] : [] };
}

/**
 * The top `limit` groups and one Other row (per period, or per split value) carrying the rest,
 * all in SQL, so every chart and its CSV add up to the same total as the facts they stand for.
 * Extra columns: _other (1 on Other rows), _groups (how many groups there are in all), _rank.
 * A time series without a split has no groups: every period, in time order.
 */
export function topGroupsSql(body: Sql, shape: GroupShape): Sql {
  const { group, keep } = groupColumns(shape);
  if (group.length === 0) return sql`SELECT s.*, 0 AS "_other", NULL AS "_groups", 1 AS "_rank" FROM (${body}) s ORDER BY s."key"`;

  const partition = raw(group.map((c) => `s.${q(c)}`).join(", "));
  const rankValue = shape.rankMetric === "facts" ? raw(`s."facts"`) : raw(`COALESCE(s.${q(shape.rankMetric)}, 0)`);
  // Ties are broken by the group's own values, so both databases (and rollups and facts) agree.
  const ties = raw(group.map((c) => `COALESCE(t.${q(c)}, '')`).join(", "));
  const placeColumns = shape.byPlace ? ["country", "region", "lat", "lon"] : [];
  const kept = ["key", ...(shape.split ? ["split"] : []), ...placeColumns, "facts", "exampleFactId", ...shape.metrics];
  const otherColumns = kept.map((c) => {
    if (keep.includes(c)) return raw(q(c));
    if (c === "facts") return raw(`SUM("facts") AS "facts"`);
    if (c === "exampleFactId") return raw(`MIN("exampleFactId") AS "exampleFactId"`);
    if (shape.metrics.includes(c)) return raw(`SUM(${q(c)}) AS ${q(c)}`);
    return raw(`NULL AS ${q(c)}`);
  });
  // A validated whole number, written into the SQL so both UNION branches type _rank alike.
  const limit = raw(String(Math.trunc(shape.limit)));
  const otherGroupBy = raw((keep.length ? keep : ["_groups"]).map(q).join(", "));
  // Periods in time order, each with its groups by rank and Other last; otherwise by rank, Other last.
  const order = raw(shape.byTime ? `u."key", u."_other", u."_rank"` : `u."_other", u."_rank"${shape.split ? `, COALESCE(u."split", '')` : ""}`);

  return sql`
    WITH totals AS (
      SELECT s.*, SUM(${rankValue}) OVER (PARTITION BY ${partition}) AS "_rankValue", SUM(s."facts") OVER (PARTITION BY ${partition}) AS "_rankFacts"
      FROM (${body}) s
    ), ranked AS (
      SELECT t.*, DENSE_RANK() OVER (ORDER BY t."_rankValue" DESC, t."_rankFacts" DESC, ${ties}) AS "_rank" FROM totals t
    ), counted AS (
      SELECT r.*, MAX(r."_rank") OVER () AS "_groups" FROM ranked r
    )
    SELECT * FROM (
      SELECT ${raw(kept.map(q).join(", "))}, 0 AS "_other", "_groups", "_rank" FROM counted WHERE "_rank" <= ${limit}
      UNION ALL
      SELECT ${join(otherColumns, ", ")}, 1 AS "_other", MAX("_groups") AS "_groups", ${limit} + 1 AS "_rank"
      FROM counted WHERE "_rank" > ${limit}
      GROUP BY ${otherGroupBy}
    ) u
    ORDER BY ${order}`;
}
