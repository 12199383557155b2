"use client";

import { useQueries } from "@tanstack/react-query";
import type { MetricName } from "../series/metrics";
import type { Series } from "../series/series-contract";
import { seriesQueryOptions, seriesSearchParams, type SeriesRequest } from "./query-options";
import { useFilters } from "./use-filters";

export interface CountrySeries<M extends MetricName> {
  country: string;
  series: Series<M> | undefined;
  csvHref: string;
}

/**
 * With several countries picked, one series per country (the same request narrowed to each),
 * instead of one series for all of them merged. Empty when fewer than two are picked.
 */
export function useCountryComparison<M extends MetricName>(request: SeriesRequest<M>, enabled = true) {
  const { filters } = useFilters();
  const countries = (filters.country?.length ?? 0) >= 2 ? filters.country! : [];
  const results = useQueries({ queries: countries.map((country) => ({ ...seriesQueryOptions({ ...request, country: [country] }, filters), enabled })) });
  const perCountry: CountrySeries<M>[] = countries.map((country, i) => ({
    country,
    series: results[i]?.data,
    csvHref: `/api/series.csv?${seriesSearchParams({ ...request, country: [country] }, filters)}`,
  }));
  return {
    active: countries.length >= 2,
    perCountry,
    isPending: enabled && results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
    filters,
  };
}
