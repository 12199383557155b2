import { requireAdmin } from "../auth/require-admin";
import { getDb } from "../db/client";
import { errorResponse } from "../http/error-response";
import { readJsonBody } from "../http/read-json-body";
import { parseRecordId } from "../http/record-id";
import { feedChange, newFeedInput } from "./feed-input";
import { addFeed, listFeeds, removeFeed, setFeedStatus } from "./manage-feeds";

const MAX_BODY_BYTES = 10_000;

/** GET /api/feeds (admin): every followed feed with its last poll and item counts. */
export async function handleFeedsGet(request: Request): Promise<Response> {
  try {
    await requireAdmin(request);
    return Response.json({ feeds: await listFeeds(getDb()) });
  } catch (err) {
    return errorResponse(err);
  }
}

/** POST /api/feeds (admin) {url, name?}: follow a feed; 201, or 409 when it is followed already. */
export async function handleFeedPost(request: Request): Promise<Response> {
  try {
    await requireAdmin(request);
    const input = newFeedInput.parse(await readJsonBody(request, MAX_BODY_BYTES));
    return Response.json(await addFeed(getDb(), input), { status: 201 });
  } catch (err) {
    return errorResponse(err);
  }
}

/** PATCH /api/feeds/{id} (admin) {status: "paused" | "active"}: pause or resume a feed. */
export async function handleFeedPatch(request: Request, id: string): Promise<Response> {
  try {
    await requireAdmin(request);
    const feedId = parseRecordId(id, "feed");
    const change = feedChange.parse(await readJsonBody(request, MAX_BODY_BYTES));
    return Response.json(await setFeedStatus(getDb(), feedId, change.status));
  } catch (err) {
    return errorResponse(err);
  }
}

/** DELETE /api/feeds/{id} (admin): stop following; the dispatches it brought stay. 204. */
export async function handleFeedDelete(request: Request, id: string): Promise<Response> {
  try {
    await requireAdmin(request);
    await removeFeed(getDb(), parseRecordId(id, "feed"));
    return new Response(null, { status: 204 });
  } catch (err) {
    return errorResponse(err);
  }
}
