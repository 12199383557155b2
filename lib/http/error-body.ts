import { z } from "zod";

/** Every API error: 400 names the parameter, 404 and 500 do not. */
export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), parameter: z.string().optional() }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
