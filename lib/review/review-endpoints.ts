import type { Actor } from "../auth/require-admin";
import { getDb } from "../db/client";
import { createFactFromSelection, newFactBody } from "./create-fact";
import type { FactPatch } from "./fact-patch";
import { factPatch } from "./fact-patch";
import { getRevisions } from "./get-revisions";
import { updateFact } from "./update-fact";

/** Bodies of the review endpoints (lib/http/route.ts). */
export const factPatchBody = { schema: factPatch, maxBytes: 20_000 };
export const newFactBodySpec = { schema: newFactBody, maxBytes: 20_000 };

/** PATCH /api/facts/:id (reviewer): verify, reject or edit a fact; every change is recorded. */
export async function patchFactResponse(id: number, patch: FactPatch, actor: Actor): Promise<Response> {
  const db = getDb();
  const fact = await updateFact(db, id, patch, actor);
  return Response.json({ fact, revisions: await getRevisions(db, [fact.id]) });
}

/** POST /api/facts (reviewer): a fact a reviewer marked in a dispatch's text. */
export async function newFactResponse(body: Parameters<typeof createFactFromSelection>[1], actor: Actor): Promise<Response> {
  const fact = await createFactFromSelection(getDb(), body, actor);
  return Response.json({ fact }, { status: 201, headers: { Location: `/api/facts/${fact.id}` } });
}
