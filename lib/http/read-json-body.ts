import { ApiError } from "./api-error";

/**
 * The media type of a Content-Type header, exactly: "application/json; charset=utf-8" is JSON,
 * "text/plain; x=application/json" is not (a substring test took it for JSON).
 */
export function mediaType(contentType: string | null): { type: string; charset?: string } {
  const [type = "", ...params] = (contentType ?? "").split(";");
  let charset: string | undefined;
  for (const param of params) {
    const [name, value] = param.split("=");
    if (name?.trim().toLowerCase() === "charset") charset = value?.trim().replace(/^"(.*)"$/, "$1").toLowerCase();
  }
  return { type: type.trim().toLowerCase(), charset };
}

/** Reads at most `maxBytes` of a body, refusing a larger one before it is buffered whole. */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new ApiError("payload_too_large", `The body is ${declared} bytes; at most ${maxBytes} are accepted.`);
  const reader = request.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new ApiError("payload_too_large", `The body is larger than ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** UTF-8 text, refusing invalid bytes rather than replacing them with U+FFFD. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ApiError("invalid_encoding", `The ${what} is not valid UTF-8: send it encoded as UTF-8.`);
  }
}

/** The path of the first string in a JSON value that holds a NUL character, if any. */
function nulPath(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulPath(item, [...path, String(i)]);
      if (found) return found;
    }
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes("\u0000")) return [...path, key];
      const found = nulPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Reads a JSON body: Content-Type exactly application/json (charset UTF-8 if given), at most
 * `maxBytes`, valid UTF-8, valid JSON, and no NUL character in any string (PostgreSQL cannot
 * store one, and none belongs in a dispatch). Each refusal names what to fix.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const { type, charset } = mediaType(request.headers.get("content-type"));
  if (type !== "application/json") {
    throw new ApiError("unsupported_media_type", `Send the body as JSON with "Content-Type: application/json" (got "${type.slice(0, 60) || "none"}").`);
  }
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") {
    throw new ApiError("unsupported_media_type", `charset "${charset.slice(0, 40)}" is not accepted: send the JSON as UTF-8.`);
  }
  const bytes = await readBodyBytes(request, maxBytes);
  if (bytes.length === 0) throw new ApiError("invalid_body", "The request has no body: send a JSON object.");
  let value: unknown;
  try {
    value = JSON.parse(decodeUtf8(bytes, "body"));
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError("invalid_body", "The body is not valid JSON.");
  }
  const nul = nulPath(value);
  if (nul) {
    const field = nul.join(".") || "body";
    throw new ApiError("invalid_body", `${field}: contains a NUL character (\\u0000): remove it`, nul[0] ?? "body");
  }
  return value;
}
