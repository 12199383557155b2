import { requireReviewer } from "../auth/require-admin";
import { getDb } from "../db/client";
import { parseRecordId } from "../http/record-id";
import { errorResponse } from "../http/error-response";
import { readJsonBody } from "../http/read-json-body";
import { createFactFromSelection, newFactBody } from "./create-fact";
import { factPatch } from "./fact-patch";
import { getRevisions } from "./get-revisions";
import { updateFact } from "./update-fact";

/** PATCH /api/facts/:id (admin): verify, reject or edit a fact; every change is recorded. */
export async function handleFactPatch(request: Request, id: string): Promise<Response> {
  try {
    const actor = await requireReviewer(request);
    const patch = factPatch.parse(await readJsonBody(request, 20_000));
    const db = getDb();
    const fact = await updateFact(db, parseRecordId(id, "fact"), patch, actor);
    return Response.json({ fact, revisions: await getRevisions(db, [fact.id]) });
  } catch (err) {
    return errorResponse(err);
  }
}

/** POST /api/facts (admin): a fact a reviewer marked in a dispatch's text. */
export async function handleFactPost(request: Request): Promise<Response> {
  try {
    const actor = await requireReviewer(request);
    const body = newFactBody.parse(await readJsonBody(request, 20_000));
    const fact = await createFactFromSelection(getDb(), body, actor);
    return Response.json({ fact }, { status: 201, headers: { Location: `/api/facts/${fact.id}` } });
  } catch (err) {
    return errorResponse(err);
  }
}
