import { z } from "zod";
import { ApiError } from "../http/api-error";
import { searchParamsToObject } from "../http/search-params";

export const MAX_SOURCES_PAGE_SIZE = 100;
export const DEFAULT_SOURCES_PAGE_SIZE = 20;

// One message for every way a number can be wrong, naming the value as typed (not NaN).
const wholeNumber = (name: string, min: number, max: number) =>
  z.string().transform((value, ctx) => {
    const n = /^\s*\d{1,9}\s*$/.test(value) ? Number(value) : Number.NaN;
    if (n >= min && n <= max) return n;
    ctx.addIssue({ code: "custom", message: `invalid ${name} "${value}": expected a whole number from ${min} to ${max}` });
    return z.NEVER;
  });

export const SOURCE_SORTS = ["published", "title", "publisher", "facts"] as const;
export type SourceSort = (typeof SOURCE_SORTS)[number];

/**
 * The dispatch list (page and GET /api/sources): sorted on the server (newest publication first
 * by default), searched in title and publisher, one numbered page at a time in that order.
 */
export const sourcesQuery = z.object({
  page: wholeNumber("page", 1, 1_000_000).default(1),
  limit: wholeNumber("limit", 1, MAX_SOURCES_PAGE_SIZE).default(DEFAULT_SOURCES_PAGE_SIZE),
  sort: z.enum(SOURCE_SORTS, { error: (iss) => `invalid sort "${String(iss.input)}": expected one of ${SOURCE_SORTS.join(", ")}` }).default("published"),
  order: z.enum(["asc", "desc"], { error: (iss) => `invalid order "${String(iss.input)}": expected asc or desc` }).default("desc"),
  q: z.string().trim().max(200, "q is too long: search for at most 200 characters").optional(),
});

export type SourcesQuery = z.output<typeof sourcesQuery>;
export const SOURCES_KEYS = ["page", "limit", "sort", "order", "q"] as const;

/** For the API: unknown parameters are refused, so a typo is an error rather than ignored. */
export function parseSourcesQuery(params: URLSearchParams): SourcesQuery {
  return sourcesQuery.parse(searchParamsToObject(params, SOURCES_KEYS, []));
}

type PageSearchParams = Record<string, string | string[] | undefined>;

export type SourcesPageQuery = { query: SourcesQuery; error?: undefined } | { query?: undefined; error: string };

/**
 * For the page: only our keys are read, so a link carrying other parameters (a tracking tag,
 * the dashboard's filters) still opens the list. A bad value becomes a message to show, not a crash.
 */
export function parseSourcesPageParams(record: PageSearchParams): SourcesPageQuery {
  const params = new URLSearchParams();
  for (const key of SOURCES_KEYS) {
    for (const value of [record[key] ?? []].flat()) params.append(key, value);
  }
  try {
    return { query: parseSourcesQuery(params) };
  } catch (err) {
    if (err instanceof z.ZodError) return { error: err.issues[0]?.message ?? "invalid page parameters" };
    if (err instanceof ApiError) return { error: err.message };
    throw err;
  }
}
