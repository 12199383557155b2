import { handleLogin } from "@/lib/auth/login-endpoint";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";
export const POST = route({}, ({ request }) => handleLogin(request));
