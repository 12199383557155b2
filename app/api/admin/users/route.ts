import { handleListAccounts } from "@/lib/auth/admin-endpoints";

export const dynamic = "force-dynamic";
export const GET = (request: Request) => handleListAccounts(request);
