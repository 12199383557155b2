import { notFound, type ApiError } from "./api-error";

/**
 * Every path the API answers, as the README's API section names them, with the methods its route
 * file exports. Unit tests keep both in step with the route files under app/api/, so the 404 below
 * never points to a path that is gone or leaves out a new one, and the proxy's 405 (route-methods.ts)
 * names what a route really takes.
 */
export const PUBLIC_API_ROUTES: Readonly<Record<string, readonly string[]>> = {
  "/api/facts": ["GET", "POST"],
  "/api/facts/{id}": ["GET", "PATCH"],
  "/api/facts.csv": ["GET"],
  "/api/series": ["GET"],
  "/api/series.csv": ["GET"],
  "/api/countries": ["GET"],
  "/api/sources": ["GET", "POST"],
  "/api/sources/{id}": ["GET", "DELETE"],
};

/** Paths for signed-in reviewers and admins (and the ADMIN_TOKEN): sign-in, feeds, accounts. */
export const EDITOR_API_ROUTES: Readonly<Record<string, readonly string[]>> = {
  "/api/auth/login": ["POST"],
  "/api/auth/logout": ["POST"],
  "/api/feeds": ["GET", "POST"],
  "/api/feeds/{id}": ["PATCH", "DELETE"],
  "/api/admin/users": ["GET"],
  "/api/admin/users/{name}": ["PATCH"],
  "/api/admin/sessions": ["GET"],
  "/api/admin/sessions/{id}": ["DELETE"],
};

export const PUBLIC_API_PATHS = Object.keys(PUBLIC_API_ROUTES);
export const EDITOR_API_PATHS = Object.keys(EDITOR_API_ROUTES);

const list = (paths: readonly string[]) => `${paths.slice(0, -1).join(", ")} and ${paths.at(-1)}`;

/** The 404 of a path under /api/ that no route has: names the path and the ones that exist. */
export function unknownApiPath(pathname: string): ApiError {
  // The path is echoed as sent (still percent-encoded), cut short so an answer stays small.
  const shown = pathname.length > 80 ? `${pathname.slice(0, 80)}…` : pathname;
  return notFound(
    `No API endpoint at "${shown}". The read endpoints are ${list(PUBLIC_API_PATHS)}; ` +
      `editors also use ${list(EDITOR_API_PATHS)}. The README's API section documents each.`,
  );
}
