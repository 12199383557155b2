import { requireReviewer } from "../auth/require-admin";
import { getDb } from "../db/client";
import { getFactsByIds } from "../facts/get-fact";
import { ApiError, invalidParameter } from "../http/api-error";
import { errorResponse } from "../http/error-response";
import { readJsonBody } from "../http/read-json-body";
import { FetchError } from "../web/fetch-error";
import { dispatchInput, urlDispatchInput } from "./dispatch-input";
import { configuredRates } from "./configured-rates";
import { storeDispatch } from "./store-dispatch";
import { MissingDateError, storeUrl } from "./store-url";

const MAX_BODY_BYTES = 1_000_000;

/** A body with a url and no text asks us to fetch the page. */
function asksForUrl(body: unknown): boolean {
  return typeof body === "object" && body !== null && "url" in body && !("text" in body);
}

/** Why a page could not be read, as an API error: the address is wrong (400) or the site failed (502). */
function urlError(err: unknown): unknown {
  if (err instanceof FetchError) return err.badInput ? invalidParameter("url", err.message) : new ApiError(502, "fetch_failed", err.message, "url");
  if (err instanceof MissingDateError) return invalidParameter("publishedAt", err.message);
  return err;
}

/**
 * POST /api/sources (admin): stores a dispatch and its extracted facts as proposed, from its
 * text or from `{"url"}` (the page fetched and its article read). 201 with the source and its
 * facts; 200 with the existing source when the same text or URL was stored before.
 */
export async function handleSourcePost(request: Request): Promise<Response> {
  try {
    await requireReviewer(request);
    const body = await readJsonBody(request, MAX_BODY_BYTES);
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
  } catch (err) {
    return errorResponse(err);
  }
}
