/**
 * When the browser asks again after a failed request. The server refuses heavy requests it has no
 * room for with 429 or 503 and says in Retry-After when to come back (lib/http/heavy-gate.ts): a
 * dashboard page fires several charts at once, so on a busy server some of them are told to wait,
 * and they should, rather than show an error. Other answers do not change by asking again.
 */

/** A non-OK answer from our API, with what the client needs to decide on a retry. */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** Retry-After in milliseconds, when the server sent one. */
    readonly retryAfterMs: number | null,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/** Retry-After as seconds ("2") or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

const WAIT_STATUSES = new Set([429, 503]);
/** Told to wait: up to this many tries (about ten seconds of waiting at the server's 1–2 s). */
export const MAX_WAIT_RETRIES = 6;

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof HttpError) {
    if (WAIT_STATUSES.has(error.status)) return failureCount < MAX_WAIT_RETRIES;
    // A server error may be passing; a 4xx is about the request and will not change.
    return error.status >= 500 && failureCount < 1;
  }
  // The network, or an answer that could not be read.
  return failureCount < 1;
}

export function retryDelay(attempt: number, error: unknown): number {
  if (error instanceof HttpError && error.retryAfterMs !== null) return Math.min(error.retryAfterMs, 30_000);
  return Math.min(1000 * 2 ** attempt, 30_000);
}
