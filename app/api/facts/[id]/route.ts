import { getDb } from "@/lib/db/client";
import { getFactOrThrow } from "@/lib/facts/get-fact";
import { invalidParameter } from "@/lib/http/api-error";
import { errorResponse } from "@/lib/http/error-response";
import { handleFactPatch } from "@/lib/review/review-endpoints";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    if (!/^\d{1,12}$/.test(id)) throw invalidParameter("id", `invalid fact id "${id}": expected a positive whole number`);
    return Response.json(await getFactOrThrow(getDb(), Number(id)));
  } catch (err) {
    return errorResponse(err);
  }
}

export async function PATCH(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return handleFactPatch(request, (await ctx.params).id);
}
