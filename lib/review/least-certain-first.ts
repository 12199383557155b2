import type { ApiFact } from "../facts/fact-row";

/**
 * The order a reviewer reads a dispatch's facts in: proposed facts first, the extractor's least
 * certain first (its likely mistakes), then the ones already decided; ties in text order.
 */
export function leastCertainFirst<F extends Pick<ApiFact, "status" | "confidence" | "start">>(facts: F[]): F[] {
  const open = (f: F) => (f.status === "proposed" ? 0 : 1);
  return [...facts].sort((a, b) => open(a) - open(b) || a.confidence - b.confidence || a.start - b.start);
}
