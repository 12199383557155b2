import { z } from "zod";

/** A feed's address as an admin types it (CLI, API, /feeds form). */
export const feedUrl = z
  .string({ error: "url: give the feed's address" })
  .trim()
  .url('url: expected a full address such as "https://example.org/feed.xml"')
  .refine((u) => /^https?:\/\//i.test(u), "url: only http and https feeds can be followed")
  .transform((u) => new URL(u).href);

export const newFeedInput = z.object({
  url: feedUrl,
  name: z.string().trim().min(1, "name: give a name or leave it out").max(100, "name: at most 100 characters").optional(),
});

export const feedChange = z.object({
  status: z.enum(["active", "paused"], { error: 'status: expected "active" (resume) or "paused"' }),
});

export type NewFeedInput = z.output<typeof newFeedInput>;
