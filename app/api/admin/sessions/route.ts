import { handleListSessions } from "@/lib/auth/admin-endpoints";

export const dynamic = "force-dynamic";
export const GET = (request: Request) => handleListSessions(request);
