/**
 * Which methods each API route answers, by path template ({segment} is one path segment). Next
 * answers a method a route file does not export with a bare 405 and no body; proxy.ts answers it
 * first, with the API's JSON error and an Allow header naming what the route does take. A unit test
 * keeps this table in step with the exports of the route files under app/api/.
 */
export const ROUTE_METHODS: Readonly<Record<string, readonly string[]>> = {
  "/api/facts": ["GET", "POST"],
  "/api/facts/{id}": ["GET", "PATCH"],
  "/api/facts.csv": ["GET"],
  "/api/series": ["GET"],
  "/api/series.csv": ["GET"],
  "/api/countries": ["GET"],
  "/api/sources": ["GET", "POST"],
  "/api/sources/{id}": ["GET", "DELETE"],
  "/api/auth/login": ["POST"],
  "/api/auth/logout": ["POST"],
  "/api/feeds": ["GET", "POST"],
  "/api/feeds/{id}": ["PATCH", "DELETE"],
  "/api/admin/users": ["GET"],
  "/api/admin/users/{name}": ["PATCH"],
  "/api/admin/sessions": ["GET"],
  "/api/admin/sessions/{id}": ["DELETE"],
};

const TEMPLATES = Object.entries(ROUTE_METHODS).map(([template, methods]) => ({
  segments: template.split("/"),
  methods,
}));

/**
 * The methods the route at `pathname` answers (HEAD wherever GET is, OPTIONS everywhere: Next
 * answers both itself), or null when no route has that path (the catch-all's JSON 404 answers).
 */
export function methodsAt(pathname: string): readonly string[] | null {
  const segments = pathname.replace(/\/+$/, "").split("/");
  for (const t of TEMPLATES) {
    if (t.segments.length !== segments.length) continue;
    if (t.segments.every((s, i) => (s.startsWith("{") ? segments[i] !== "" : s === segments[i]))) {
      return [...t.methods, ...(t.methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"];
    }
  }
  return null;
}

export function methodNotAllowedHere(method: string, pathname: string, allowed: readonly string[]): string {
  const own = allowed.filter((m) => m !== "HEAD" && m !== "OPTIONS");
  return `${method.slice(0, 20)} is not supported at ${pathname.slice(0, 80)}: it answers ${own.join(" and ")}. The README's API section documents each endpoint.`;
}
