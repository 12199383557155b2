import { describe, expect, it } from "vitest";
import { factsQuery, FACTS_KEYS, FACTS_LIST_KEYS } from "@/lib/facts/facts-query";
import type { FactFilters } from "@/lib/facts/filters";
import { factListSearchParams, factsInfiniteQueryOptions, seriesQueryOptions, seriesSearchParams } from "@/lib/query/query-options";
import { searchParamsToObject } from "@/lib/http/search-params";
import { seriesQuery, SERIES_KEYS, SERIES_LIST_KEYS } from "@/lib/series/series-query";

// What a page's hook sends must mean to the server exactly what the chart asked for: each case
// builds the URL the browser would fetch and reads it back with the route's own query schema.
const readSeries = (params: URLSearchParams) => seriesQuery.parse(searchParamsToObject(params, SERIES_KEYS, SERIES_LIST_KEYS));
const readFacts = (params: URLSearchParams) => factsQuery.parse(searchParamsToObject(params, FACTS_KEYS, FACTS_LIST_KEYS));

const pageFilters: FactFilters = { country: ["UA", "RU"], from: "2024-01-01", to: "2024-06-30", status: ["verified", "proposed"] };

describe("a chart's series request", () => {
  it("carries the page's filters and the chart's metrics, grouping and top N to the server", () => {
    const q = readSeries(seriesSearchParams({ metric: ["drones_shot_down", "drones_launched"], by: "week", split: "claimant", limit: 12 }, pageFilters));
    expect(q).toMatchObject({ country: ["UA", "RU"], from: "2024-01-01", to: "2024-06-30", status: ["verified", "proposed"] });
    expect(q).toMatchObject({ metric: ["drones_shot_down", "drones_launched"], by: "week", split: "claimant", limit: 12 });
  });

  it("a chart's own kind and countries (one chart per country when comparing) replace the page's", () => {
    const q = readSeries(seriesSearchParams({ metric: ["injured"], by: "month", kind: ["injury"], country: ["PL"] }, { ...pageFilters, kind: ["drone"] }));
    expect(q.kind).toEqual(["injury"]);
    expect(q.country).toEqual(["PL"]);
    expect(q.from).toBe("2024-01-01");
  });

  it("with no filters set, asks for nothing the reader did not choose (the server's defaults apply)", () => {
    const params = seriesSearchParams({ metric: ["facts"], by: "auto" }, {});
    expect([...params.keys()].sort()).toEqual(["by", "metric"]);
    expect(readSeries(params)).toMatchObject({ metric: ["facts"], by: "auto", limit: 200 });
  });

  it("is cached per request and per filters, so changing a filter fetches again", () => {
    const a = seriesQueryOptions({ metric: ["injured"], by: "week" }, pageFilters).queryKey;
    const b = seriesQueryOptions({ metric: ["injured"], by: "week" }, { ...pageFilters, to: "2024-07-31" }).queryKey;
    const c = seriesQueryOptions({ metric: ["killed"], by: "week" }, pageFilters).queryKey;
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
    expect(JSON.stringify(a)).toBe(JSON.stringify(seriesQueryOptions({ metric: ["injured"], by: "week" }, { ...pageFilters }).queryKey));
  });
});

describe("a facts table's page request", () => {
  it("sends the sort, order, trimmed search and cursor the table holds", () => {
    const q = readFacts(factListSearchParams(pageFilters, { sort: "place", order: "asc", q: "  Lviv ", limit: 100 }, "cursor-token"));
    expect(q).toMatchObject({ sort: "place", order: "asc", q: "Lviv", limit: 100, cursor: "cursor-token", country: ["UA", "RU"] });
  });

  it("leaves an empty search out rather than searching for nothing", () => {
    expect(factListSearchParams({}, { sort: "date", order: "desc", q: "   " }).has("q")).toBe(false);
  });

  it("starts at the first page and follows the server's cursor until there is none", () => {
    const options = factsInfiniteQueryOptions(pageFilters, { sort: "date", order: "desc", q: "", limit: 100 });
    expect(options.initialPageParam).toBeNull();
    const page = (nextCursor: string | null) => ({ facts: [], nextCursor }) as unknown as Parameters<typeof options.getNextPageParam>[0];
    expect(options.getNextPageParam(page("abc"), [], null, [])).toBe("abc");
    expect(options.getNextPageParam(page(null), [], null, [])).toBeNull();
  });
});
