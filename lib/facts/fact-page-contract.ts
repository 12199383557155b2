import { z } from "zod";
import { apiFactSchema } from "./api-fact";

/** GET /api/facts: a page of facts, the cursor of the next one and the total under the filters and search. */
export const factPageSchema = z.object({
  facts: z.array(apiFactSchema),
  nextCursor: z.string().nullable(),
  total: z.number().int().nonnegative(),
});
export type FactPageResponse = z.infer<typeof factPageSchema>;
