import { z } from "zod";
import { oneOf, wholeNumber } from "../http/query-schemas";
import { FACT_SORT_COLUMNS, SORT_ORDERS } from "./fact-sort";
import { checkFilterConsistency, factFilterShape, FILTER_LIST_KEYS } from "./filters";

export const MAX_PAGE_SIZE = 500;

/** GET /api/facts: the shared filters plus paging and format. */
export const factsQuery = z
  .object({
    ...factFilterShape,
    limit: wholeNumber("limit", 1, MAX_PAGE_SIZE, "; follow nextCursor for more, or export CSV for everything").default(100),
    cursor: z.string().max(200, "cursor is too long: pass nextCursor unchanged").optional(),
    sort: oneOf("sort", FACT_SORT_COLUMNS).default("date"),
    order: oneOf("order", SORT_ORDERS).default("desc"),
    q: z.string().trim().max(200, "q is too long: search for at most 200 characters").optional(),
    format: oneOf("format", ["json", "csv"] as const).default("json"),
  })
  .superRefine(checkFilterConsistency);

export type FactsQuery = z.output<typeof factsQuery>;
export const FACTS_KEYS = [...Object.keys(factFilterShape), "limit", "cursor", "sort", "order", "q", "format"];
export const FACTS_LIST_KEYS = FILTER_LIST_KEYS;

/** The list options of a parsed query (an empty search is no search). */
export const factListOptions = (q: FactsQuery) => ({ limit: q.limit, cursor: q.cursor, sort: q.sort, order: q.order, q: q.q || undefined });
