import { createHmac } from "node:crypto";
import { getEnv } from "../env";

export const SESSION_COOKIE = "factboard_admin";

/** The admin token and the key that signs sessions; null when writing is not enabled. */
export function adminConfig(): { token: string; secret: string } | null {
  const { ADMIN_TOKEN, SESSION_SECRET } = getEnv();
  if (!ADMIN_TOKEN) return null;
  // Without an explicit secret, derive one so the raw token never signs anything itself.
  const secret = SESSION_SECRET ?? createHmac("sha256", ADMIN_TOKEN).update("factboard-session-v1").digest("hex");
  return { token: ADMIN_TOKEN, secret };
}
