import { z } from "zod";

/** GET /api/countries: countries present under the other filters, most facts first. */
export const countryListSchema = z.object({
  countries: z.array(z.object({ code: z.string(), name: z.string(), facts: z.number().int().nonnegative() })),
  lastUpdated: z.string().nullable(),
});
export type CountryListResponse = z.infer<typeof countryListSchema>;
