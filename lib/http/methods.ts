/**
 * Every HTTP method some route answers. Anything else (TRACE, PUT, CONNECT…) is refused with 405
 * before it reaches a route: by the server (server/start.ts) for methods Node's Request cannot
 * even represent, and by proxy.ts under `next dev`.
 */
export const ALLOWED_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "POST", "PATCH", "DELETE", "OPTIONS"]);

export const ALLOW_HEADER = [...ALLOWED_METHODS].join(", ");

export function methodNotAllowedMessage(method: string): string {
  return `${method.slice(0, 20)} is not supported: use GET, POST, PATCH or DELETE as the API documents.`;
}
