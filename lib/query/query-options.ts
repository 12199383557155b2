import { infiniteQueryOptions, keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { CountryListResponse } from "../countries/country-list-contract";
import type { ApiFact } from "../facts/api-fact";
import type { FactPageResponse } from "../facts/fact-page-contract";
import { filtersToSearchParams } from "../facts/filter-params";
import type { FactSortColumn, SortOrder } from "../facts/fact-sort";
import type { FactFilters } from "../facts/filters";
import type { Dimension } from "../series/dimensions";
import type { MetricName } from "../series/metrics";
import type { Series } from "../series/series-contract";
import type { Grouping } from "../series/series-query";
import { fetchJson, type LazySchema } from "./fetch-json";

// The response schemas, imported only where responses are checked (not in production).
export const seriesSchemaOf =
  <M extends MetricName>(metrics: readonly M[]): LazySchema<Series<M>> =>
  () =>
    import("../series/series-contract").then((m) => m.seriesSchema(metrics));
const factPageSchema: LazySchema<FactPageResponse> = () => import("../facts/fact-page-contract").then((m) => m.factPageSchema);
const apiFactSchema: LazySchema<ApiFact> = () => import("../facts/api-fact").then((m) => m.apiFactSchema);
const countryListSchema: LazySchema<CountryListResponse> = () => import("../countries/country-list-contract").then((m) => m.countryListSchema);

/** What a chart asks the series endpoint for, besides the shared filters. */
export interface SeriesRequest<M extends MetricName = MetricName> {
  metric: readonly M[];
  by: Grouping;
  split?: Dimension;
  kind?: FactFilters["kind"];
  /** Groups shown separately; the rest come as one Other row. */
  limit?: number;
  /** Replaces the page's countries (one chart per country when comparing). */
  country?: string[];
}

export function seriesSearchParams(request: SeriesRequest, filters: FactFilters): URLSearchParams {
  const { metric, by, split, limit, kind, country } = request;
  const scoped = { ...filters, kind: kind ?? filters.kind, ...(country ? { country } : {}) };
  return filtersToSearchParams(scoped, { metric: [...metric], by, split, limit });
}

export const seriesQueryOptions = <M extends MetricName>(request: SeriesRequest<M>, filters: FactFilters) =>
  queryOptions({
    queryKey: ["series", request, filters] as const,
    queryFn: ({ signal }) => fetchJson(`/api/series?${seriesSearchParams(request, filters)}`, seriesSchemaOf(request.metric), signal),
  });

/** How the facts table asks for its rows: sorted and searched on the server. */
export interface FactListRequest {
  sort: FactSortColumn;
  order: SortOrder;
  q: string;
  limit: number;
}

export const factListSearchParams = (filters: FactFilters, request: Omit<FactListRequest, "limit"> & { limit?: number }, cursor?: string) =>
  filtersToSearchParams(filters, { sort: request.sort, order: request.order, q: request.q.trim() || undefined, limit: request.limit, cursor });

export const factsInfiniteQueryOptions = (filters: FactFilters, request: FactListRequest) =>
  infiniteQueryOptions({
    queryKey: ["facts", filters, request] as const,
    queryFn: ({ pageParam, signal }) => fetchJson(`/api/facts?${factListSearchParams(filters, request, pageParam ?? undefined)}`, factPageSchema, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // A new sort or search keeps the old rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });

export const factQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ["fact", id] as const,
    queryFn: ({ signal }) => fetchJson(`/api/facts/${id}`, apiFactSchema, signal),
    staleTime: 60_000,
  });

export const countriesQueryOptions = (filters: Pick<FactFilters, "status" | "from" | "to">) =>
  queryOptions({
    queryKey: ["countries", filters] as const,
    queryFn: ({ signal }) => fetchJson(`/api/countries?${filtersToSearchParams({ status: filters.status, from: filters.from, to: filters.to })}`, countryListSchema, signal),
    staleTime: 30_000,
  });
