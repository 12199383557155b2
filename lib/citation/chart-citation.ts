/**
 * What every exported chart and CSV says about where its numbers come from: a source and method
 * note and a citation line. Pure, so the image export (ChartCard) and the CSV writers word it
 * the same way.
 */
import { countryName } from "@/lib/countries/country-names";
import type { FactKind, FactStatus } from "@/lib/facts/kinds";
import { kindLabel } from "@/lib/vocabulary/labels";

/** The filters as the citation needs them (a plain shape: FactFilters fits it). */
export interface CitedFilters {
  kind?: readonly FactKind[];
  country?: readonly string[];
  role?: readonly string[];
  from?: string;
  to?: string;
  status?: readonly FactStatus[];
}

export interface ChartCitationInput {
  title: string;
  filters: CitedFilters;
  /** The last day with data under the filters, YYYY-MM-DD, when known. */
  dataThrough?: string | null;
  /** The share link that reproduces the view. */
  url: string;
  /** The day the reader exported it, YYYY-MM-DD; left out where not known (a page the server renders). */
  accessed?: string;
}

export interface ChartCitation {
  /** "Countries: Ukraine (as the place) · 2023-01-01 to 2023-12-31 · verified facts" */
  filters: string;
  source: string;
  method: string;
  /** "Data through 31 Dec 2025" or null when unknown. */
  dataThrough: string | null;
  citation: string;
}

export const SOURCE_NOTE = "Source: Factboard, facts extracted from published war dispatches, each linked to the sentence that states it.";
export const METHOD_NOTE =
  "Method: counts as the dispatches state them, summed per group in SQL; competing claims are never added together; aid in euros at the ECB reference rate of its day (Source: ECB euro foreign exchange reference rates).";

const STATUS_WORDS: Record<FactStatus, string> = { verified: "verified", proposed: "proposed", rejected: "rejected" };

/** The filters in words, for a caption or a CSV note. */
export function describeFilters(f: CitedFilters): string {
  const parts: string[] = [];
  if (f.kind?.length) parts.push(f.kind.map((k) => kindLabel(k, true)).join(", "));
  const countries = f.country?.length ? f.country.map(countryName).join(", ") : "all countries";
  const roles = f.role?.length ? ` (${f.role.map((r) => (r === "location" ? "as the place" : `as ${r}`)).join(", ")})` : "";
  parts.push(`${countries}${roles}`);
  parts.push(f.from || f.to ? `${f.from ?? "start"} to ${f.to ?? "latest"}` : "all dates");
  const statuses = f.status?.length ? f.status : (["verified"] as const);
  parts.push(`${statuses.map((s) => STATUS_WORDS[s]).join(" + ")} facts`);
  return parts.join(" · ");
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const longDay = (day: string) => `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1] ?? ""} ${day.slice(0, 4)}`;

export function chartCitation({ title, filters, dataThrough, url, accessed }: ChartCitationInput): ChartCitation {
  const described = describeFilters(filters);
  const through = dataThrough ? `Data through ${longDay(dataThrough)}` : null;
  return {
    filters: described,
    source: SOURCE_NOTE,
    method: METHOD_NOTE,
    dataThrough: through,
    citation: `Factboard, “${title}” (${described}${dataThrough ? `; data through ${longDay(dataThrough)}` : ""}). ${url}${accessed ? ` (accessed ${longDay(accessed)})` : ""}.`,
  };
}
