import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password";

/** The fields of an account, one schema each, shared by the CLI, the admin API and the login. */

export const ROLES = ["reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const accountName = z
  .string()
  .refine((s) => /^[a-z0-9][a-z0-9._-]{1,31}$/.test(s), {
    error: (iss) => `invalid account name "${String(iss.input).slice(0, 40)}": expected 2–32 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit`,
  });

export const displayName = z
  .string()
  .trim()
  .min(1, "display name: must not be empty")
  .max(80, "display name: at most 80 characters")
  // Shown on public pages: no control characters, no invisible tricks with line breaks.
  .refine((s) => !/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(s), "display name: must not contain control or format characters");

export const role = z.enum(ROLES, { error: (iss) => `invalid role "${String(iss.input)}": expected reviewer or admin` });

export const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `password: at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `password: at most ${MAX_PASSWORD_LENGTH} characters`);
