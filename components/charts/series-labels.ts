import { countryName } from "@/lib/countries/country-names";
import type { Series, SeriesRow } from "@/lib/series/series-contract";

/** "Sevastopol (Crimea)", or the country's name for facts with no place (national aid); "Other (…)" for the rest. */
export function placeLabel(row: Pick<SeriesRow, "key" | "region" | "country" | "other">, others?: number): string {
  if (row.other) return otherGroupLabel(others, "places");
  if (row.key === null) return row.country ? `${countryName(row.country)} (no place given)` : "No place given";
  return row.region ? `${row.key} (${row.region})` : String(row.key);
}

/** A country-valued group (donor, claimant, attacker) as a reader says it. */
export function partyLabel(code: string | null | undefined, missing = "Not stated"): string {
  return code ? countryName(code) : missing;
}

const fmt = (n: number) => n.toLocaleString("en-US");

/** The Other bar's name: "Other (1,672 more places)". */
export function otherGroupLabel(others: number | undefined, noun: string): string {
  return others === undefined ? "Other" : `Other (${fmt(others)} more ${noun})`;
}

/** How many groups are beyond the top N and summed into Other (0 when every group is shown). */
export function othersCount(series: Pick<Series, "groups" | "limit"> | undefined): number {
  return series?.groups ? Math.max(0, series.groups - series.limit) : 0;
}

/**
 * What a chart shows of its groups, for its subtitle and summary: "1 place", "all 12 places", or
 * "the top 40 of 1,712 places; the other 1,672 are summed as Other".
 */
export function groupsNote(series: Pick<Series, "groups" | "limit"> | undefined, noun: string): string {
  // Still loading (or failed): the subtitle must not claim there are none.
  if (!series) return `each ${noun.replace(/s$/, "")}`;
  if (!series.groups) return `no ${noun}`;
  const others = othersCount(series);
  // "1 place", not "all 1 places".
  if (series.groups === 1) return `1 ${noun.replace(/s$/, "")}`;
  if (others === 0) return `all ${fmt(series.groups)} ${noun}`;
  return `the top ${fmt(series.limit)} of ${fmt(series.groups)} ${noun}; the other ${fmt(others)} are summed as Other`;
}
