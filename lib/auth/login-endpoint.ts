import { z } from "zod";
import { ApiError } from "../http/api-error";
import { errorResponse } from "../http/error-response";
import { getEnv } from "../env";
import { adminConfig, SESSION_COOKIE } from "./admin-config";
import { safeEqual, SESSION_SECONDS, signSession } from "./session-token";

const loginBody = z.object({
  token: z.string().min(1, "token: enter the admin token").max(500, "token: too long"),
  reviewer: z.string().trim().min(1, "reviewer: enter your name, so your edits carry it").max(80, "reviewer: at most 80 characters"),
  // Only a path on this site, so the login cannot be used to send people elsewhere.
  next: z.string().regex(/^\/(?!\/)[^\s]*$/, "next: expected a path on this site").optional(),
});

function sessionCookie(value: string, maxAge: number): string {
  const secure = getEnv().NODE_ENV === "production" ? "; Secure" : "";
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure}`;
}

async function readBody(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json")) return request.json().catch(() => ({}));
  const form = await request.formData().catch(() => null);
  return form ? Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")) : {};
}

/** POST /api/auth/login: exchanges the admin token for a signed, http-only, same-site cookie. */
export async function handleLogin(request: Request): Promise<Response> {
  const isForm = !(request.headers.get("content-type") ?? "").includes("application/json");
  try {
    const config = adminConfig();
    if (!config) throw new ApiError(403, "writes_disabled", "Admin login is disabled on this server: set ADMIN_TOKEN.");
    const body = loginBody.parse(await readBody(request));
    if (!safeEqual(body.token, config.token)) throw new ApiError(403, "forbidden", "That admin token is wrong.");
    const cookie = sessionCookie(signSession(config.secret, body.reviewer), SESSION_SECONDS);
    if (isForm) return new Response(null, { status: 303, headers: { Location: body.next ?? "/review", "Set-Cookie": cookie } });
    return Response.json({ ok: true }, { headers: { "Set-Cookie": cookie } });
  } catch (err) {
    if (isForm && err instanceof ApiError) {
      return new Response(null, { status: 303, headers: { Location: `/login?error=${encodeURIComponent(err.code)}` } });
    }
    return errorResponse(err);
  }
}

/** POST /api/auth/logout: forgets the session. */
export function handleLogout(): Response {
  return new Response(null, { status: 303, headers: { Location: "/", "Set-Cookie": sessionCookie("", 0) } });
}
