import { handleLogout } from "@/lib/auth/login-endpoint";

export const dynamic = "force-dynamic";
export const POST = (request: Request) => handleLogout(request);
