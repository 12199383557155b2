import { z } from "zod";
import { isKnownCountry } from "../countries/country-names";
import { isIsoDay } from "./kinds";

/**
 * The contract's building blocks: bounds, days, country codes, counts and the evidence every
 * fact carries. The kinds' contracts (lib/kinds/<kind>/contract.ts) are made of these;
 * contract.ts re-exports them.
 */

/**
 * Plausibility bounds, written once: the API, the review form, ingestion and the extractor all
 * check facts against this contract. A count above ten million or an amount above ten trillion
 * is a typo or an attack, not a report; dates before 2014 (the war began in February 2014) or
 * more than a year ahead cannot be events of a dispatch.
 */
export const FACT_BOUNDS = {
  maxCount: 10_000_000,
  maxAmount: 10_000_000_000_000,
  // Border fences and walls run hundreds of kilometres (a 90-km fence is ordinary); 3,000 km
  // is past any land border of the war's parties.
  maxMetres: 3_000_000,
  firstDay: "2014-01-01",
  /** Characters: a place name, a quote (one or a few sentences). */
  maxPlaceChars: 200,
  maxQuoteChars: 5_000,
} as const;

let lastDayCache: { day: number; last: string } | null = null;

/** The last plausible day: a year after today (UTC). */
export function lastPlausibleDay(now = new Date()): string {
  // Computed once per UTC day: every fact checked against the contract asks.
  const day = Math.floor(now.getTime() / 86_400_000);
  if (lastDayCache?.day === day) return lastDayCache.last;
  const d = new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), now.getUTCDate()));
  lastDayCache = { day, last: d.toISOString().slice(0, 10) };
  return lastDayCache.last;
}

/** Whether an ISO day lies in the plausible range; the message of a refusal, otherwise. */
export function implausibleDay(day: string): string | null {
  if (day < FACT_BOUNDS.firstDay) return `${day} is before ${FACT_BOUNDS.firstDay}: dates start in 2014`;
  const last = lastPlausibleDay();
  if (day > last) return `${day} is after ${last}: dates may be at most a year ahead`;
  return null;
}

// NUL cannot be stored by PostgreSQL and never belongs in text; a C0 control other than tab and
// newline would be invisible in the page and the CSV.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Text of at most `max` characters without NUL or other control characters. */
export const boundedText = (max: number) =>
  z
    .string()
    .max(max, `at most ${max.toLocaleString("en-US")} characters`)
    .refine((s) => !CONTROL.test(s), "contains a control character such as NUL: remove it");

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO day YYYY-MM-DD")
  .refine(isIsoDay, "not a real calendar day");

export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code such as UA")
  .refine(isKnownCountry, { error: (iss) => `"${String(iss.input)}" is not an ISO 3166-1 alpha-2 country code` });

/** A day in the plausible range (FACT_BOUNDS). */
export const factDay = isoDay.superRefine((day, ctx) => {
  const problem = implausibleDay(day);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const count = z.number().int().nonnegative().max(FACT_BOUNDS.maxCount, `at most ${FACT_BOUNDS.maxCount.toLocaleString("en-US")}`);
export const measure = z.number().nonnegative().max(FACT_BOUNDS.maxMetres, `at most ${FACT_BOUNDS.maxMetres.toLocaleString("en-US")} m`);
export const amount = z.number().max(FACT_BOUNDS.maxAmount, `at most ${FACT_BOUNDS.maxAmount.toLocaleString("en-US")}`);

/** The fields every fact has: where and when, and the sentence that says so. */
export const evidence = {
  date: factDay,
  country: countryCode,
  place: boundedText(FACT_BOUNDS.maxPlaceChars).pipe(z.string().min(1)).nullable(),
  quote: boundedText(FACT_BOUNDS.maxQuoteChars).pipe(z.string().min(1)),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  confidence: z.number().min(0).max(1),
};

