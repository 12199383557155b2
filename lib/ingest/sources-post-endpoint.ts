import { getDb } from "../db/client";
import { getFactsByIds } from "../facts/get-fact";
import { dispatchInput, type DispatchInput } from "./dispatch-input";
import { configuredRates } from "./configured-rates";
import { storeDispatch } from "./store-dispatch";

/** POST /api/sources's body (lib/http/route.ts): a dispatch of at most 1 MB. */
export const dispatchBodySpec = { schema: dispatchInput, maxBytes: 1_000_000 };

/**
 * POST /api/sources (admin): stores a dispatch and its extracted facts as proposed. 201 with
 * the source and its facts; 200 with the existing source when the same text was stored before.
 */
export async function sourcePostResponse(input: DispatchInput): Promise<Response> {
  const db = getDb();
  const stored = await storeDispatch(db, input, configuredRates());
  const facts = await getFactsByIds(db, [...stored.proposed, ...stored.corroborated]);
  return Response.json(
    { sourceId: stored.sourceId, created: stored.created, proposed: stored.proposed, corroborated: stored.corroborated, facts },
    { status: stored.created ? 201 : 200, headers: { Location: `/api/sources/${stored.sourceId}` } },
  );
}
