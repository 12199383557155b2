import { getDb } from "@/lib/db/client";
import { getFactOrThrow } from "@/lib/facts/get-fact";
import { parseRecordId } from "@/lib/http/record-id";
import { errorResponse } from "@/lib/http/error-response";
import { handleFactPatch } from "@/lib/review/review-endpoints";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    return Response.json(await getFactOrThrow(getDb(), parseRecordId(id, "fact")));
  } catch (err) {
    return errorResponse(err);
  }
}

export async function PATCH(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return handleFactPatch(request, (await ctx.params).id);
}
