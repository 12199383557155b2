import { z } from "zod";
import { oneOf, wholeNumber } from "../http/query-schemas";
import { checkFilterConsistency, factFilterShape, FILTER_LIST_KEYS } from "./filters";

export const MAX_PAGE_SIZE = 500;

/** GET /api/facts: the shared filters plus paging and format. */
export const factsQuery = z
  .object({
    ...factFilterShape,
    limit: wholeNumber("limit", 1, MAX_PAGE_SIZE, "; follow nextCursor for more, or export CSV for everything").default(100),
    cursor: z.string().max(200, "cursor is too long: pass nextCursor unchanged").optional(),
    format: oneOf("format", ["json", "csv"] as const).default("json"),
  })
  .superRefine(checkFilterConsistency);

export type FactsQuery = z.output<typeof factsQuery>;
export const FACTS_KEYS = [...Object.keys(factFilterShape), "limit", "cursor", "format"];
export const FACTS_LIST_KEYS = FILTER_LIST_KEYS;
