import { getDb } from "@/lib/db/client";
import { parseRecordId } from "@/lib/http/record-id";
import { errorResponse } from "@/lib/http/error-response";
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
