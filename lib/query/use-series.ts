"use client";

import { useQuery } from "@tanstack/react-query";
import type { MetricName } from "../series/metrics";
import { useFilters } from "./use-filters";
import { seriesQueryOptions, seriesSearchParams, type SeriesRequest } from "./query-options";

/** A chart's series under the page's filters (rows typed by its metrics), and the CSV link for exactly those rows. */
export function useSeries<M extends MetricName>(request: SeriesRequest<M>) {
  const { filters } = useFilters();
  const query = useQuery(seriesQueryOptions(request, filters));
  const csvHref = `/api/series.csv?${seriesSearchParams(request, filters)}`;
  return { ...query, csvHref, filters };
}
