/** An error the API answered with: its own message, and the field it names when there is one. */
export class ReviewApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly parameter?: string,
  ) {
    super(message);
    this.name = "ReviewApiError";
  }
}

const STATUS_HINTS: Record<number, string> = {
  401: "You are not logged in: log in again at /login.",
  403: "Your session is not accepted: log in again at /login.",
};

/**
 * Sends a same-origin JSON write (the admin cookie goes along on its own) and returns the
 * parsed answer; a non-OK answer throws with the server's message, naming the field.
 */
export async function sendJson<T>(method: "POST" | "PATCH" | "DELETE", url: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { method, headers: { "Content-Type": "application/json", Accept: "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ReviewApiError("The server could not be reached: check the connection and try again.", 0);
  }
  const answer = (await res.json().catch(() => null)) as { error?: { message?: string; parameter?: string } } | null;
  if (!res.ok) {
    const message = answer?.error?.message ?? STATUS_HINTS[res.status] ?? `The server answered ${res.status} ${res.statusText}.`;
    throw new ReviewApiError(message, res.status, answer?.error?.parameter);
  }
  return answer as T;
}
