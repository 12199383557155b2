import { EDITOR_API_ROUTES, PUBLIC_API_ROUTES } from "./api-paths";

/**
 * Which methods each API route answers, by path template ({segment} is one path segment). Next
 * answers a method a route file does not export with a bare 405 and no body; proxy.ts answers it
 * first, with the API's JSON error and an Allow header naming what the route does take.
 */
export const ROUTE_METHODS: Readonly<Record<string, readonly string[]>> = { ...PUBLIC_API_ROUTES, ...EDITOR_API_ROUTES };

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
