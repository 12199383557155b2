"use client";

import { useQuery } from "@tanstack/react-query";
import { useFilters } from "./use-filters";
import { seriesQueryOptions, seriesSearchParams, type SeriesRequest } from "./query-options";

/** A chart's series under the page's filters, and the CSV link for exactly those rows. */
export function useSeries(request: SeriesRequest) {
  const { filters } = useFilters();
  const query = useQuery(seriesQueryOptions(request, filters));
  const csvHref = `/api/series.csv?${seriesSearchParams(request, filters)}`;
  return { ...query, csvHref, filters };
}
