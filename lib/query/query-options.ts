import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { CountryList } from "../countries/get-countries";
import type { ApiFact } from "../facts/fact-row";
import { filtersToSearchParams } from "../facts/filter-params";
import type { FactFilters } from "../facts/filters";
import type { FactPage } from "../facts/get-facts";
import type { Series } from "../series/get-series";
import type { MetricName } from "../series/metrics";
import type { Grouping } from "../series/series-query";
import { fetchJson } from "./fetch-json";

/** What a chart asks the series endpoint for, besides the shared filters. */
export interface SeriesRequest {
  metric: MetricName[];
  by: Grouping;
  split?: string;
  kind?: FactFilters["kind"];
  limit?: number;
}

export function seriesSearchParams(request: SeriesRequest, filters: FactFilters): URLSearchParams {
  const { metric, by, split, limit, kind } = request;
  return filtersToSearchParams({ ...filters, kind: kind ?? filters.kind }, { metric, by, split, limit });
}

export const seriesQueryOptions = (request: SeriesRequest, filters: FactFilters) =>
  queryOptions({
    queryKey: ["series", request, filters] as const,
    queryFn: ({ signal }) => fetchJson<Series>(`/api/series?${seriesSearchParams(request, filters)}`, signal),
  });

export const factsInfiniteQueryOptions = (filters: FactFilters, limit = 100) =>
  infiniteQueryOptions({
    queryKey: ["facts", filters, limit] as const,
    queryFn: ({ pageParam, signal }) =>
      fetchJson<FactPage>(`/api/facts?${filtersToSearchParams(filters, { limit, cursor: pageParam ?? undefined })}`, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const factQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ["fact", id] as const,
    queryFn: ({ signal }) => fetchJson<ApiFact>(`/api/facts/${id}`, signal),
    staleTime: 60_000,
  });

export const countriesQueryOptions = (filters: Pick<FactFilters, "status" | "from" | "to">) =>
  queryOptions({
    queryKey: ["countries", filters] as const,
    queryFn: ({ signal }) =>
      fetchJson<CountryList>(`/api/countries?${filtersToSearchParams({ status: filters.status, from: filters.from, to: filters.to })}`, signal),
    staleTime: 30_000,
  });
