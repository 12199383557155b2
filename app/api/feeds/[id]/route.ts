import { handleFeedDelete, handleFeedPatch } from "@/lib/feeds/feeds-endpoints";

export const dynamic = "force-dynamic";

/** PATCH /api/feeds/{id} (admin) {status}: pause or resume. */
export async function PATCH(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return handleFeedPatch(request, (await ctx.params).id);
}

/** DELETE /api/feeds/{id} (admin): stop following. */
export async function DELETE(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return handleFeedDelete(request, (await ctx.params).id);
}
