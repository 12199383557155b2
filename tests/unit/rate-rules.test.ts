import { describe, expect, it } from "vitest";
import { blockMs, RULES } from "@/lib/auth/rate-limit";

describe("rate-limit back-off", () => {
  const rule = RULES.loginPerAddress;
  it("lets the free attempts through, then doubles the wait up to the cap", () => {
    const waits = Array.from({ length: 25 }, (_, i) => blockMs(rule, i + 1, 0, 0));
    expect(waits.slice(0, rule.free).every((w) => w === 0)).toBe(true);
    expect(waits.slice(rule.free, rule.free + 4)).toEqual([1000, 2000, 4000, 8000]);
    expect(Math.max(...waits)).toBe(rule.backoff.maxMs);
  });

  it("a write budget past its count waits for the end of its window", () => {
    const w = RULES.writesPerSession;
    expect(blockMs(w, w.free, 1000, 5000)).toBe(0);
    expect(blockMs(w, w.free + 1, 1000, 5000)).toBe(1000 + w.windowMs - 5000);
  });
});
