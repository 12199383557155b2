import { ApiError } from "../http/api-error";

/** A sign-in is a name, a password and a path: 4 kB is plenty, and nothing larger is read. */
export const MAX_LOGIN_BODY_BYTES = 4096;

export type LoginBodyKind = "form" | "json";

export function loginBodyKind(request: Request): LoginBodyKind {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "application/json") return "json";
  if (type === "application/x-www-form-urlencoded") return "form";
  throw new ApiError(415, "unsupported_media_type", 'Send the sign-in as "application/x-www-form-urlencoded" (the form) or "application/json".');
}

/** Reads the body up to the cap, refusing a larger one (by its Content-Length, or as soon as it passes the cap) with 413. */
async function readCapped(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  const tooLarge = () => new ApiError(413, "payload_too_large", `A sign-in is at most ${MAX_LOGIN_BODY_BYTES} bytes.`);
  if (!Number.isFinite(declared) || declared > MAX_LOGIN_BODY_BYTES) throw tooLarge();
  const reader = request.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_LOGIN_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiError(400, "invalid_body", "The sign-in is not valid UTF-8.");
  }
}

/** The fields of a sign-in as strings (unknown shapes become an empty object for the schema to refuse). */
export async function readLoginBody(request: Request, kind: LoginBodyKind): Promise<Record<string, unknown>> {
  const text = await readCapped(request);
  if (kind === "form") return Object.fromEntries(new URLSearchParams(text));
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    throw new ApiError(400, "invalid_body", "The body is not valid JSON.");
  }
}
