import { handlePatchAccount } from "@/lib/auth/admin-endpoints";

export const dynamic = "force-dynamic";
export async function PATCH(request: Request, ctx: { params: Promise<{ name: string }> }) {
  return handlePatchAccount(request, (await ctx.params).name);
}
