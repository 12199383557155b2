import { z } from "zod";
import { FACT_STATUSES, fieldsOfKinds } from "../facts/contract";

/** What a reviewer may change on a fact; numbers are checked against the contract after merging. */
export const EDITABLE_FIELDS = ["kind", "date", "country", "place", ...fieldsOfKinds().filter((f) => f !== "rateUsed" && f !== "rateDate")] as const;

export const factPatch = z
  .object({
    status: z.enum(FACT_STATUSES, { error: (iss) => `invalid status "${String(iss.input)}": expected ${FACT_STATUSES.join(", ")}` }).optional(),
    ...Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, z.union([z.string(), z.number(), z.null()]).optional()])),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, "the patch is empty: send at least one field to change");

export type FactPatch = z.infer<typeof factPatch>;
