import { z } from "zod";
import { boundedText, factDay } from "../facts/contract";

export const MAX_DISPATCH_CHARS = 200_000;

export const httpUrl = z
  .string()
  .trim()
  .url("url: expected a full http(s) address")
  .refine((u) => /^https?:\/\//i.test(u), "url: only http and https addresses are stored");

/** A dispatch as it arrives (API body, CLI front matter, review form): one schema for all. */
export const dispatchInput = z.object({
  text: z
    .string({ error: "text: paste the dispatch's text" })
    .transform((t) => t.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(40, "text: a dispatch needs at least 40 characters")
        .max(MAX_DISPATCH_CHARS, `text: at most ${MAX_DISPATCH_CHARS.toLocaleString("en")} characters per dispatch; split longer files`)
        .pipe(boundedText(MAX_DISPATCH_CHARS)),
    ),
  publishedAt: factDay.describe("the day the dispatch was published, YYYY-MM-DD"),
  title: z.string().trim().min(1).max(300, "title: at most 300 characters").pipe(boundedText(300)).optional(),
  publisher: z.string().trim().min(1).max(200, "publisher: at most 200 characters").pipe(boundedText(200)).optional(),
  url: httpUrl.optional(),
  language: z.string().regex(/^[a-z]{2}$/, 'language: expected an ISO 639-1 code such as "en"').default("en"),
});

export type DispatchInput = z.output<typeof dispatchInput>;

/** The first line, shortened: a fair title when the sender gives none. */
export function defaultTitle(text: string): string {
  const first = text.split("\n").find((l) => l.trim()) ?? "Untitled dispatch";
  return first.length > 120 ? `${first.slice(0, 117).trimEnd()}…` : first.trim();
}

/** A web page to fetch and read instead of a pasted text (POST /api/sources {"url"}, /review). */
export const urlDispatchInput = z
  .object({
    url: httpUrl,
    publishedAt: factDay.describe("the day, when the page states none").optional(),
  })
  .strict();
