import type { FactFilters } from "./filters";

/** Filters → the query string the API parses (the inverse of factFilters), for links and fetches. */
export function filtersToSearchParams(filters: Partial<FactFilters>, extra: Record<string, string | string[] | number | undefined> = {}): URLSearchParams {
  const params = new URLSearchParams();
  const put = (key: string, value: string | readonly string[] | number | undefined) => {
    if (value === undefined) return;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(","));
    } else if (value !== "") params.set(key, String(value));
  };
  put("kind", filters.kind);
  put("country", filters.country);
  put("role", filters.role);
  put("from", filters.from);
  put("to", filters.to);
  put("status", filters.status);
  for (const [key, value] of Object.entries(extra)) put(key, value);
  return params;
}
