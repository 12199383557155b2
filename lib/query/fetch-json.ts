import type { z } from "zod";
import { errorBodySchema } from "../http/error-body";

/**
 * Answers are checked against their schema in development and tests, so a server and client that
 * drift apart fail loudly there; production trusts the server (same code, same schema).
 */
const CHECK_RESPONSES = process.env.NODE_ENV !== "production";

/** GET a JSON resource of the given schema; a non-OK answer throws with the server's own error message. */
export async function fetchJson<T>(url: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { Accept: "application/json" } });
  if (!res.ok) {
    const body = errorBodySchema.safeParse(await res.json().catch(() => null));
    throw new Error(body.success ? body.data.error.message : `The server answered ${res.status} ${res.statusText}`);
  }
  const body: unknown = await res.json();
  if (!CHECK_RESPONSES) return body as T;
  const checked = schema.safeParse(body);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`${url} answered in an unexpected shape: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`);
  }
  return checked.data;
}
