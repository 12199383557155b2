import { z } from "zod";

/** Small zod builders for query parameters whose errors quote the bad value and what is allowed. */

export const oneOf = <T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z.enum(values, { error: (iss) => `invalid ${name} "${String(iss.input)}": expected one of ${values.join(", ")}` });

export const list = <T extends z.ZodType>(item: T, max = 50) =>
  z.array(item).max(max, `at most ${max} values`).transform((v) => [...new Set(v)] as z.output<T>[]);

export const wholeNumber = (name: string, min: number, max: number, hint = "") =>
  z
    .string()
    .refine((s) => /^\d{1,9}$/.test(s), { error: (iss) => `invalid ${name} "${String(iss.input)}": expected a whole number from ${min} to ${max}` })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { error: (iss) => `${name} must be from ${min} to ${max}, got ${String(iss.input)}${hint}` });
