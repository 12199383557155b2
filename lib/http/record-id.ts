import { z } from "zod";
import { invalidParameter } from "./api-error";

/** Ids are 32-bit integers on both databases (PostgreSQL `integer`); a larger one cannot exist. */
export const MAX_RECORD_ID = 2_147_483_647;

const DIGITS = /^\d{1,10}$/;

/** Whether text is the decimal id of a record that could exist: 1 to 2,147,483,647. */
export function isRecordId(text: string): boolean {
  if (!DIGITS.test(text)) return false;
  const id = Number(text);
  return id >= 1 && id <= MAX_RECORD_ID;
}

const expected = `expected a whole number from 1 to ${MAX_RECORD_ID}`;

/** Parses the [id] of a path such as /api/facts/17; a 400 naming the value otherwise. */
export function parseRecordId(text: string, what: string): number {
  if (!isRecordId(text)) throw invalidParameter("id", `invalid ${what} id "${text.slice(0, 40)}": ${expected}`);
  return Number(text);
}

/** The same rule for pages that validate their params with zod. */
export const recordIdParam = z
  .string()
  .refine(isRecordId, expected)
  .transform(Number);
