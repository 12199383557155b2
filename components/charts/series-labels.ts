import { countryName } from "@/lib/countries/country-names";
import type { SeriesRow } from "@/lib/series/get-series";

/** "Sevastopol (Crimea)", or the country's name for facts with no place (national aid). */
export function placeLabel(row: Pick<SeriesRow, "key" | "region" | "country">): string {
  if (row.key === null) return row.country ? `${countryName(row.country)} (no place given)` : "No place given";
  return row.region ? `${row.key} (${row.region})` : String(row.key);
}

/** A country-valued group (donor, claimant, attacker) as a reader says it. */
export function partyLabel(code: string | null | undefined, missing = "Not stated"): string {
  return code ? countryName(code) : missing;
}
