import type { FactFilters } from "../facts/filters";

const slug = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, "-");

/** "factboard-injuries_country-RO-UA_2023-09-01_to_2023-09-30.csv": says what and which filters. */
export function exportFilename(what: string, filters: FactFilters, extra: string[] = []): string {
  const parts = [`factboard-${slug(what)}`];
  if (filters.kind?.length) parts.push(`kind-${filters.kind.join("-")}`);
  if (filters.country?.length) parts.push(`country-${filters.country.join("-")}`);
  if (filters.role?.length) parts.push(`role-${filters.role.join("-")}`);
  if (filters.from || filters.to) parts.push(`${filters.from ?? "start"}_to_${filters.to ?? "now"}`);
  if (filters.status?.length) parts.push(`status-${filters.status.join("-")}`);
  parts.push(...extra.map(slug));
  return `${parts.join("_")}.csv`;
}
