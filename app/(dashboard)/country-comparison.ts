import { csvText } from "@/lib/csv/csv-response";
import type { CountrySeries } from "@/lib/query/use-country-comparison";

export interface CountryTotal {
  country: string;
  facts: number;
}

/** Facts per picked country, most first (each country's own series, summed over its periods). */
export function countryTotals(perCountry: CountrySeries<"facts">[]): CountryTotal[] {
  return perCountry
    .map(({ country, series }) => ({ country, facts: (series?.rows ?? []).reduce((n, r) => n + r.facts, 0) }))
    .sort((a, b) => b.facts - a.facts || a.country.localeCompare(b.country));
}

/** The comparison's rows as CSV: one line per country and period, as the chart draws them. */
export function comparisonCsv(perCountry: CountrySeries<"facts">[]): string {
  const records = perCountry.flatMap(({ country, series }) => (series?.rows ?? []).map((r) => ({ country, period: r.key, facts: r.facts })));
  return csvText(records, ["country", "period", "facts"]);
}
