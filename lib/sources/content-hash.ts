import { createHash } from "node:crypto";

/** SHA-256 of the text with line endings normalized, so the same dispatch is stored once. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text.replace(/\r\n?/g, "\n")).digest("hex");
}
