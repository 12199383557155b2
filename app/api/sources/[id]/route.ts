import { getDb } from "@/lib/db/client";
import { invalidParameter } from "@/lib/http/api-error";
import { errorResponse } from "@/lib/http/error-response";
import { getSourceOrThrow, sourceIdParam } from "@/lib/sources/get-source";

export const dynamic = "force-dynamic";

/** GET /api/sources/:id: one dispatch with its text and all its facts (any status). */
export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    const parsed = sourceIdParam.safeParse(id);
    if (!parsed.success) throw invalidParameter("id", `invalid source id "${id}": expected a positive whole number`);
    return Response.json(await getSourceOrThrow(getDb(), parsed.data));
  } catch (err) {
    return errorResponse(err);
  }
}
