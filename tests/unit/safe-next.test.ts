import { describe, expect, it } from "vitest";
import { resolveNext } from "@/lib/auth/safe-next";

describe("resolveNext: where to go after signing in", () => {
  it.each([
    ["/review/12", "/review/12"],
    ["/sources?page=2#all", "/sources?page=2#all"],
    ["/a/../review", "/review"],
    ["/中文", "/%E4%B8%AD%E6%96%87"],
    ["/ü?q=ä", "/%C3%BC?q=%C3%A4"],
  ])("keeps the path %s on this site as %s", (raw, expected) => {
    expect(resolveNext(raw)).toBe(expected);
  });

  it.each(["/\\evil.example/phish", "\\\\evil.example", "//evil.example", "///evil.example", "https://evil.example/x", "http:evil.example", "javascript:alert(1)", "evil.example", "/\t/evil.example", " /review", "", "/x".repeat(1500)])(
    "sends %j to the default instead",
    (raw) => {
      const resolved = resolveNext(raw);
      expect(resolved).toBe("/review");
    },
  );

  it("never returns anything a browser would resolve off-site", () => {
    const tricky = ["/\\/evil", "/%2F/evil", "/.//evil", "/%5C%5Cevil", "/\u3000/evil", "/\u0000evil"];
    for (const raw of tricky) {
      const resolved = resolveNext(raw);
      expect(new URL(resolved, "https://factboard.example").origin, raw).toBe("https://factboard.example");
      expect(resolved).toMatch(/^\/(?![/\\])/);
    }
  });

  it("ignores anything that is not a string", () => {
    expect(resolveNext(undefined)).toBe("/review");
    expect(resolveNext(["/a"])).toBe("/review");
    expect(resolveNext({ toString: () => "//evil" })).toBe("/review");
  });
});
