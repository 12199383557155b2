import { z } from "zod";
import { checkFilterConsistency, factFilterShape, FILTER_LIST_KEYS, oneOf } from "./filters";

export const MAX_PAGE_SIZE = 500;

/** GET /api/facts: the shared filters plus paging and format. */
export const factsQuery = z
  .object({
    ...factFilterShape,
    limit: z.coerce
      .number({ error: (iss) => `invalid limit "${String(iss.input)}": expected a whole number from 1 to ${MAX_PAGE_SIZE}` })
      .int(`limit must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
      .min(1, "limit must be at least 1")
      .max(MAX_PAGE_SIZE, `limit must be at most ${MAX_PAGE_SIZE}; follow nextCursor for more, or export CSV for everything`)
      .default(100),
    cursor: z.string().max(200, "cursor is too long: pass nextCursor unchanged").optional(),
    format: oneOf("format", ["json", "csv"] as const).default("json"),
  })
  .superRefine(checkFilterConsistency);

export type FactsQuery = z.output<typeof factsQuery>;
export const FACTS_KEYS = [...Object.keys(factFilterShape), "limit", "cursor", "format"];
export const FACTS_LIST_KEYS = FILTER_LIST_KEYS;
