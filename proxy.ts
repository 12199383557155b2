import { NextResponse, type NextRequest } from "next/server";
import { servedOverHttps } from "./lib/auth/request-origin";
import { ALLOW_HEADER, ALLOWED_METHODS, methodNotAllowedMessage } from "./lib/http/methods";
import { methodNotAllowedHere, methodsAt } from "./lib/http/route-methods";
import { API_CSP, HSTS, pageCsp } from "./lib/security/security-headers";

function jsonError(status: number, code: string, message: string, headers: Record<string, string> = {}) {
  return NextResponse.json({ error: { code, message } }, { status, headers: { "Content-Security-Policy": API_CSP, ...headers } });
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs before every route: refuses methods no route has and paths that do not percent-decode
 * (both were 500s), answers a method a real API route lacks with the API's JSON 405 (Next's own
 * has no body), and sets the Content-Security-Policy with a fresh nonce on every page.
 */
export function proxy(request: NextRequest) {
  if (!ALLOWED_METHODS.has(request.method)) {
    return jsonError(405, "method_not_allowed", methodNotAllowedMessage(request.method), { Allow: ALLOW_HEADER });
  }
  // The raw path as sent (nextUrl may already be normalized).
  const rawPath = new URL(request.url).pathname;
  if (!decodes(rawPath)) {
    return jsonError(400, "invalid_parameter", `The path has a malformed percent-encoding ("${rawPath.slice(0, 80)}"): encode it as UTF-8, e.g. %C3%A9 for é.`);
  }
  // X-Forwarded-Proto counts only from a trusted proxy (TRUST_PROXY=1), like everywhere else.
  const https = servedOverHttps(request);
  // "/api" itself is the API's too: its catch-all answers it with a JSON 404.
  const isApi = rawPath === "/api" || rawPath.startsWith("/api/");
  const routeMethods = isApi ? methodsAt(rawPath) : null;
  if (routeMethods && !routeMethods.includes(request.method)) {
    return jsonError(405, "method_not_allowed", methodNotAllowedHere(request.method, rawPath, routeMethods), { Allow: routeMethods.join(", ") });
  }
  let response: NextResponse;
  let csp: string;
  if (isApi) {
    response = NextResponse.next();
    csp = API_CSP;
  } else {
    const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
    // NODE_ENV is fixed at build time; dev needs eval for React's error overlay.
    csp = pageCsp(nonce, process.env.NODE_ENV === "development");
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Static files carry the fixed headers from next.config.js; they need no nonce.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
