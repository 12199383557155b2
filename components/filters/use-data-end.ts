"use client";

import { queryOptions, useQuery } from "@tanstack/react-query";
import { filtersToSearchParams } from "@/lib/facts/filter-params";
import type { FactFilters } from "@/lib/facts/filters";
import { fetchJson } from "@/lib/query/fetch-json";
import { seriesSchemaOf } from "@/lib/query/query-options";
import type { Series } from "@/lib/series/series-contract";

const factsSeries = seriesSchemaOf(["facts"]);
const lastKey = (s: Series<"facts">) => s.rows.filter((r) => r.facts > 0).at(-1)?.key ?? null;

/**
 * The last day with facts under the filters other than the dates, asked only when a recent
 * preset came up empty, so the filter bar can say where the data end. Two small rollup reads:
 * the last month, then its last day.
 */
export function useDataEnd(filters: Pick<FactFilters, "status" | "country" | "role">, enabled: boolean) {
  return useQuery({ ...dataEndQueryOptions({ status: filters.status, country: filters.country, role: filters.role }), enabled });
}

type EndFilters = Pick<FactFilters, "status" | "country" | "role" | "from" | "to" | "kind">;

/** The last day with facts under these filters (dates included): a chart's "data through". */
export const dataEndQueryOptions = (filters: EndFilters) =>
  queryOptions({
    queryKey: ["data-end", filters] as const,
    staleTime: 60_000,
    queryFn: async ({ signal }) => {
      const months = await fetchJson(`/api/series?${filtersToSearchParams(filters, { metric: "facts", by: "month", limit: 1000 })}`, factsSeries, signal);
      const month = lastKey(months);
      if (!month) return null;
      const end = new Date(`${month}T00:00:00Z`);
      end.setUTCMonth(end.getUTCMonth() + 1, 0);
      const monthEnd = end.toISOString().slice(0, 10);
      const from = filters.from && filters.from > month ? filters.from : month;
      const to = filters.to && filters.to < monthEnd ? filters.to : monthEnd;
      const days = await fetchJson(`/api/series?${filtersToSearchParams({ ...filters, from, to }, { metric: "facts", by: "day", limit: 31 })}`, factsSeries, signal);
      return lastKey(days);
    },
  });
