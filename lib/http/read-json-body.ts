import { ApiError } from "./api-error";

/** Reads a JSON body of at most `maxBytes`, refusing larger ones before they are buffered whole. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new ApiError(413, "payload_too_large", `The body is ${declared} bytes; at most ${maxBytes} are accepted.`);
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
    throw new ApiError(415, "unsupported_media_type", 'Send the body as JSON with "Content-Type: application/json".');
  }
  const reader = request.body?.getReader();
  if (!reader) throw new ApiError(400, "invalid_body", "The request has no body: send a JSON object.");
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new ApiError(413, "payload_too_large", `The body is larger than ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new ApiError(400, "invalid_body", "The body is not valid JSON.");
  }
}
