import { countryName } from "../countries/country-names";
import type { CsvRecord } from "../csv/csv-response";
import { fieldsOfKinds, type FactKind } from "./contract";
import type { ApiFact } from "./fact-row";

/**
 * CSV columns for facts of some kinds: what and where, the kinds' numbers, then provenance on
 * every row (status, confidence, claimant, source, the quote and where it stands in the text).
 */
export function factCsvColumns(kinds?: readonly FactKind[]): string[] {
  const numbers = fieldsOfKinds(kinds?.length ? kinds : undefined).filter((f) => f !== "claimant");
  return [
    "id", "kind", "date", "country", "country_name", "place", "region", "lat", "lon",
    ...numbers,
    "status", "confidence", "claimant",
    "source_title", "source_publisher", "source_url", "source_published", "quote", "quote_start", "quote_end",
  ];
}

export function factToCsvRecord(fact: ApiFact): CsvRecord {
  return {
    ...fact,
    country_name: countryName(fact.country),
    claimant: fact.claimant ?? null,
    source_title: fact.source.title,
    source_publisher: fact.source.publisher,
    source_url: fact.source.url,
    source_published: fact.source.publishedAt,
    quote_start: fact.start,
    quote_end: fact.end,
  };
}
