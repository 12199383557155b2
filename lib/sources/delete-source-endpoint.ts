import { requireAdmin } from "../auth/require-admin";
import { getDb } from "../db/client";
import { errorResponse } from "../http/error-response";
import { parseRecordId } from "../http/record-id";
import { deleteSource } from "./delete-source";

/** DELETE /api/sources/:id (admin only): the dispatch and its facts are gone from every page and chart. */
export async function handleSourceDelete(request: Request, rawId: string): Promise<Response> {
  try {
    await requireAdmin(request);
    const { deletedFacts } = await deleteSource(getDb(), parseRecordId(rawId, "source"));
    return Response.json({ deleted: true, deletedFacts });
  } catch (err) {
    return errorResponse(err);
  }
}
