import { z } from "zod";
import { getDb } from "../db/client";
import { getFactsByIds } from "../facts/get-fact";
import { ApiError, invalidParameter } from "../http/api-error";
import { FetchError } from "../web/fetch-error";
import { dispatchInput, urlDispatchInput } from "./dispatch-input";
import { configuredRates } from "./configured-rates";
import { storeDispatch } from "./store-dispatch";
import { MissingDateError, storeUrl } from "./store-url";

/** A body with a url and no text asks us to fetch the page. */
function asksForUrl(body: unknown): boolean {
  return typeof body === "object" && body !== null && "url" in body && !("text" in body);
}

/** Why a page could not be read, as an API error: the address is wrong (400) or the site failed (502). */
function urlError(err: unknown): unknown {
  if (err instanceof FetchError) return err.badInput ? invalidParameter("url", err.message) : new ApiError("fetch_failed", err.message, "url");
  if (err instanceof MissingDateError) return invalidParameter("publishedAt", err.message);
  return err;
}

/** POST /api/sources's body (lib/http/route.ts): a dispatch's text or a page's URL, at most 1 MB. */
export const dispatchBodySpec = { schema: z.unknown(), maxBytes: 1_000_000 };

/**
 * POST /api/sources (reviewer): stores a dispatch and its extracted facts as proposed, from its
 * text or from `{"url"}` (the page fetched and its article read). 201 with the source and its
 * facts; 200 with the existing source when the same text or URL was stored before.
 */
export async function sourcePostResponse(body: unknown): Promise<Response> {
  const db = getDb();
  let stored;
  if (asksForUrl(body)) {
    const input = urlDispatchInput.parse(body);
    stored = await storeUrl(db, input.url, { published: input.publishedAt, rates: configuredRates() }).catch((err: unknown) => {
      throw urlError(err);
    });
  } else stored = await storeDispatch(db, dispatchInput.parse(body), configuredRates());
  const facts = await getFactsByIds(db, [...stored.proposed, ...stored.corroborated]);
  return Response.json(
    { sourceId: stored.sourceId, created: stored.created, proposed: stored.proposed, corroborated: stored.corroborated, facts },
    { status: stored.created ? 201 : 200, headers: { Location: `/api/sources/${stored.sourceId}` } },
  );
}
