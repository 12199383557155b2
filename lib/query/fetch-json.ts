import type { z } from "zod";
import { HttpError, parseRetryAfter } from "./retry-policy";

/**
 * Answers are checked against their schema in development and tests, so a server and client that
 * drift apart fail loudly there; production trusts the server (same code, same schema).
 */
const CHECK_RESPONSES = process.env.NODE_ENV !== "production";

/**
 * A response schema, loaded only when it is used: the schemas are zod, which would otherwise be
 * in every page's first load (~30 kB compressed) although production never checks with them.
 */
export type LazySchema<T> = () => Promise<z.ZodType<T>>;

/** GET a JSON resource of the given schema; a non-OK answer throws an HttpError with the server's own message. */
export async function fetchJson<T>(url: string, schema: LazySchema<T>, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { Accept: "application/json" } });
  if (!res.ok) {
    const [{ errorBodySchema }, raw] = await Promise.all([import("../http/error-body"), res.json().catch(() => null)]);
    const body = errorBodySchema.safeParse(raw);
    const message = body.success ? body.data.error.message : `The server answered ${res.status} ${res.statusText}`;
    throw new HttpError(message, res.status, parseRetryAfter(res.headers.get("retry-after")));
  }
  const body: unknown = await res.json();
  if (!CHECK_RESPONSES) return body as T;
  const checked = (await schema()).safeParse(body);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`${url} answered in an unexpected shape: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`);
  }
  return checked.data;
}
