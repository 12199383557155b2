import { handleRevokeSession } from "@/lib/auth/admin-endpoints";

export const dynamic = "force-dynamic";
export async function DELETE(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return handleRevokeSession(request, (await ctx.params).id);
}
