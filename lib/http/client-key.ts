import { clientAddress } from "../auth/request-origin";

/**
 * Who a request comes from, for per-client limits on heavy reads: the same address the login
 * limits use. `npm start` (server/start.ts) sets X-Forwarded-For from the socket unless
 * TRUST_PROXY=1, so a client cannot pose as many by sending the header itself.
 */
export function clientKey(request: Request): string {
  return clientAddress(request).slice(0, 64);
}
