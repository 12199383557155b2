import { countryName } from "../countries/country-names";
import { csvCell } from "../csv/csv-line";
import { fieldsOfKinds, kindsWithField, type FactKind } from "./contract";

/**
 * CSV columns for facts of some kinds: what and where, the kinds' numbers, then provenance on
 * every row (status, confidence, claimant, source, the quote and where it stands in the text).
 */
export function factCsvColumns(kinds?: readonly FactKind[]): string[] {
  const numbers = fieldsOfKinds(kinds?.length ? kinds : undefined).filter((f) => f !== "claimant");
  return [
    "id", "kind", "date", "country", "country_name", ...PLACE_COLUMNS,
    ...numbers,
    "status", "confidence", "claimant",
    ...SOURCE_COLUMNS, "quote", "quote_start", "quote_end",
  ];
}

const PLACE_COLUMNS = ["place", "region", "lat", "lon"] as const;
const SOURCE_COLUMNS = ["source_title", "source_publisher", "source_url", "source_published"] as const;

export interface ExportPlace {
  name: string;
  region: string | null;
  lat: number | null;
  lon: number | null;
}

export interface ExportSource {
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string;
}

/** The CSV cells of a place (place, region, lat, lon) or of none: written once per place, not per fact. */
export function placeCells(place: ExportPlace | undefined): string {
  return place ? [place.name, place.region, place.lat, place.lon].map(csvCell).join(",") : ",,,";
}

/** The CSV cells of a source (title, publisher, URL, day), once per source. */
export function sourceCells(source: ExportSource | undefined): string {
  return source ? [source.title, source.publisher, source.url, source.publishedAt].map(csvCell).join(",") : ",,,";
}

// CSV column → the Fact column it is read from, where the names differ.
const FACT_COLUMN: Record<string, string> = { quote_start: "start", quote_end: "end" };

export interface FactCsvContext {
  /** The place and source cells of a row's placeId and sourceId (placeCells / sourceCells). */
  placeCells(placeId: unknown): string;
  sourceCells(sourceId: unknown): string;
}

/**
 * Turns Fact rows, as arrays in `selectColumns` order (straight from the driver, see
 * lib/db/sqlite-rows.ts), into CSV records in `csvColumns` order. A field shows only on the
 * kinds that have it, as in the API (a shelter's count is not a drone count). Built once per
 * export: column positions and kind checks are worked out once, not per row; place and source
 * cells come ready-made from `context`.
 */
export function factRowToCsvLine(csvColumns: readonly string[], selectColumns: readonly string[], context: FactCsvContext): (row: readonly unknown[]) => string {
  const position = (name: string) => {
    const i = selectColumns.indexOf(name);
    if (i < 0) throw new Error(`factRowToCsvLine: the query has no column "${name}"`);
    return i;
  };
  const kindAt = position("kind");
  const countryAt = position("country");
  const placeAt = position("placeId");
  const sourceAt = position("sourceId");
  const names = new Map<unknown, string>();
  const getters: ((row: readonly unknown[]) => string)[] = [];
  for (let c = 0; c < csvColumns.length; c++) {
    const column = csvColumns[c]!;
    if (column === "country_name") {
      getters.push((row) => {
        const code = row[countryAt];
        let name = names.get(code);
        if (name === undefined) names.set(code, (name = csvCell(countryName(String(code)))));
        return name;
      });
    } else if (column === PLACE_COLUMNS[0] && csvColumns.slice(c, c + 4).join() === PLACE_COLUMNS.join()) {
      getters.push((row) => context.placeCells(row[placeAt]));
      c += 3;
    } else if (column === SOURCE_COLUMNS[0] && csvColumns.slice(c, c + 4).join() === SOURCE_COLUMNS.join()) {
      getters.push((row) => context.sourceCells(row[sourceAt]));
      c += 3;
    } else {
      const at = position(FACT_COLUMN[column] ?? column);
      const kindsWith = new Set<unknown>(kindsWithField(column));
      getters.push(kindsWith.size > 0 ? (row) => (kindsWith.has(row[kindAt]) ? csvCell(row[at]) : "") : (row) => csvCell(row[at]));
    }
  }
  return (row) => {
    let line = getters[0]!(row);
    for (let i = 1; i < getters.length; i++) line += `,${getters[i]!(row)}`;
    return `${line}\r\n`;
  };
}
