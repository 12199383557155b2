import { getDb } from "@/lib/db/client";
import { parseRecordId } from "@/lib/http/record-id";
import { errorResponse } from "@/lib/http/error-response";
import { handleSourceDelete } from "@/lib/sources/delete-source-endpoint";
import { getSourceOrThrow } from "@/lib/sources/get-source";

export const dynamic = "force-dynamic";

/** GET /api/sources/:id: one dispatch with its text and all its facts (any status). */
export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    return Response.json(await getSourceOrThrow(getDb(), parseRecordId(id, "source")));
  } catch (err) {
    return errorResponse(err);
  }
}

/** DELETE /api/sources/:id (admin): removes the dispatch and its facts. */
export async function DELETE(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return handleSourceDelete(request, (await ctx.params).id);
}
