import { notFound, type ApiError } from "./api-error";

/**
 * Every path the API answers, as the README's API section names them. A unit test keeps this
 * list in step with the route files under app/api/, so the 404 below never points to a path
 * that is gone or leaves out a new one.
 */
export const PUBLIC_API_PATHS = [
  "/api/facts",
  "/api/facts/{id}",
  "/api/facts.csv",
  "/api/series",
  "/api/series.csv",
  "/api/countries",
  "/api/sources",
  "/api/sources/{id}",
] as const;

/** Paths for signed-in reviewers and admins (and the ADMIN_TOKEN): sign-in, feeds, accounts. */
export const EDITOR_API_PATHS = [
  "/api/auth/login",
  "/api/auth/logout",
  "/api/feeds",
  "/api/feeds/{id}",
  "/api/admin/users",
  "/api/admin/users/{name}",
  "/api/admin/sessions",
  "/api/admin/sessions/{id}",
] as const;

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
