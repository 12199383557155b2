import countries from "i18n-iso-countries";
import { countryName } from "../countries/country-names";
import { join, raw, sql, type Sql } from "../db/sql";
import { kindsWithField } from "./contract";

/**
 * The CSV columns of factCsvColumns as PostgreSQL expressions, for COPY … WITH (FORMAT csv):
 * the database then writes the export itself. Each cell is what lib/facts/fact-csv.ts writes
 * from the same row (tests/integration/fact-pages.test.ts compares both with the JSON API):
 * free text neutralized against spreadsheet formulas, a kind's field only on that kind's facts
 * (NULL, written empty, elsewhere), the country's everyday name. Numbers are written by
 * PostgreSQL in the shortest form that reads back exactly, as JavaScript writes them.
 */

const COLUMN: Record<string, string> = {
  place: `pl."name"`,
  region: `pl."region"`,
  lat: `pl."lat"`,
  lon: `pl."lon"`,
  source_title: `s."title"`,
  source_publisher: `s."publisher"`,
  source_url: `s."url"`,
  source_published: `s."publishedAt"`,
  quote_start: `f."start"`,
  quote_end: `f."end"`,
};

// Free text, which a spreadsheet could take for a formula. The other text columns hold what the
// contract validated on the way in (ISO codes, days, enums), which never starts with = + - @.
const FREE_TEXT = new Set(["place", "region", "source_title", "source_publisher", "source_url", "quote"]);

// lib/csv/neutralize-formula.ts's rule in SQL: a cell starting with tab or CR, or with = + - @
// after any leading whitespace or invisible character once full-width forms are read as ASCII
// (NFKC). ascii() first: an integer compare settles most cells without the regular expression.
const INVISIBLE = String.raw`[:space:]\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff`;
const neutralized = (expr: string) =>
  `CASE WHEN ascii(${expr}) IN (61, 43, 45, 64, 9, 13) OR ((ascii(${expr}) > 127 OR ascii(${expr}) <= 32) AND normalize(${expr}, NFKC) ~ '^[${INVISIBLE}]*[=+@-]') THEN '''' || ${expr} ELSE ${expr} END`;

/**
 * A join to every ISO code's everyday name (and EU's): a hash lookup per row, where a CASE over
 * 250 codes took PostgreSQL 4 of the 13 seconds of a million-row export.
 */
export function countryNamesJoinSql(): Sql {
  const codes = [...Object.keys(countries.getAlpha2Codes()), "EU"];
  const rows = codes.map((code) => sql`(${code}, ${countryName(code)})`);
  return sql`LEFT JOIN (VALUES ${join(rows, ", ")}) AS cn("code", "name") ON cn."code" = f."country"`;
}

/** The SELECT list; the FROM needs f (Fact), pl (Place), s (Source) and countryNamesJoinSql. */
export function factCsvSelectSql(columns: readonly string[]): Sql {
  const cells = columns.map((column) => {
    if (column === "country_name") return sql`COALESCE(cn."name", f."country")`;
    const expr = COLUMN[column] ?? `f."${column}"`;
    const cell = FREE_TEXT.has(column) ? neutralized(expr) : expr;
    const kinds = kindsWithField(column);
    return kinds.length ? sql`CASE WHEN f."kind" IN (${join(kinds)}) THEN ${raw(cell)} END` : raw(cell);
  });
  return join(cells, ", ");
}
