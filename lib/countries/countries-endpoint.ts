import { z } from "zod";
import { checkFilterConsistency, factFilterShape } from "../facts/filters";

const { kind, status, from, to } = factFilterShape;

/** GET /api/countries: the countries present under the other filters, for the filter bar. */
export const countriesQuerySpec = {
  schema: z.object({ kind, status, from, to }).superRefine(checkFilterConsistency),
  keys: ["kind", "status", "from", "to"],
  listKeys: ["kind", "status"],
};
