import { requireReviewer } from "../auth/require-admin";
import { getDb } from "../db/client";
import { getFactsByIds } from "../facts/get-fact";
import { errorResponse } from "../http/error-response";
import { readJsonBody } from "../http/read-json-body";
import { dispatchInput } from "./dispatch-input";
import { configuredRates } from "./configured-rates";
import { storeDispatch } from "./store-dispatch";

const MAX_BODY_BYTES = 1_000_000;

/**
 * POST /api/sources (admin): stores a dispatch and its extracted facts as proposed. 201 with
 * the source and its facts; 200 with the existing source when the same text was stored before.
 */
export async function handleSourcePost(request: Request): Promise<Response> {
  try {
    await requireReviewer(request);
    const input = dispatchInput.parse(await readJsonBody(request, MAX_BODY_BYTES));
    const db = getDb();
    const stored = await storeDispatch(db, input, configuredRates());
    const facts = await getFactsByIds(db, [...stored.proposed, ...stored.corroborated]);
    return Response.json(
      { sourceId: stored.sourceId, created: stored.created, proposed: stored.proposed, corroborated: stored.corroborated, facts },
      { status: stored.created ? 201 : 200, headers: { Location: `/api/sources/${stored.sourceId}` } },
    );
  } catch (err) {
    return errorResponse(err);
  }
}
