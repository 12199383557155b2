import { describe, expect, it } from "vitest";
import { FACT_KINDS } from "@/lib/facts/kinds";
import { BACKGROUNDS, TOKEN_GROUPS } from "@/lib/vocabulary/tokens";

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe("design tokens", () => {
  for (const [group, palette] of Object.entries(TOKEN_GROUPS)) {
    for (const [name, colour] of Object.entries(palette as Record<string, { light: string; dark: string }>)) {
      it(`${group}-${name} stands at least 3:1 against its backgrounds in light and dark`, () => {
        for (const bg of BACKGROUNDS.light) expect(contrast(colour.light, bg)).toBeGreaterThanOrEqual(3);
        for (const bg of BACKGROUNDS.dark) expect(contrast(colour.dark, bg)).toBeGreaterThanOrEqual(3);
      });
    }
  }

  it("gives every kind its own colour in each mode", () => {
    const kinds = FACT_KINDS.map((k) => TOKEN_GROUPS.kind[k]);
    expect(new Set(kinds.map((c) => c.light)).size).toBe(FACT_KINDS.length);
    expect(new Set(kinds.map((c) => c.dark)).size).toBe(FACT_KINDS.length);
  });
});
