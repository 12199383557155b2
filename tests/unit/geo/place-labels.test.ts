import { describe, expect, it } from "vitest";
import { placeLabels, type Box, type LabelRequest } from "@/lib/geo/place-labels";

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const distanceToCircle = (b: Box, c: LabelRequest) => Math.hypot(Math.max(b.x0, Math.min(c.x, b.x1)) - c.x, Math.max(b.y0, Math.min(c.y, b.y1)) - c.y) - c.r;

describe("placeLabels", () => {
  it("puts a lone label right beside its circle", () => {
    const [label] = placeLabels([{ key: "a", x: 100, y: 100, r: 10, text: "Kyiv" }], 400, 300);
    expect(label?.anchor).toBe("start");
    expect(distanceToCircle(label!.box, { key: "a", x: 100, y: 100, r: 10, text: "" })).toBeLessThanOrEqual(4);
  });

  it("never lays a name over another place's circle (Sevastopol beside Izmail)", () => {
    const izmail: LabelRequest = { key: "izmail", x: 160, y: 100, r: 14, text: "Izmail" };
    const sevastopol: LabelRequest = { key: "sevastopol", x: 130, y: 100, r: 6, text: "Sevastopol" };
    const labels = placeLabels([izmail, sevastopol], 400, 300);
    const sev = labels.find((l) => l.key === "sevastopol");
    expect(sev).toBeDefined();
    expect(distanceToCircle(sev!.box, izmail)).toBeGreaterThanOrEqual(0);
    expect(distanceToCircle(sev!.box, sevastopol)).toBeLessThanOrEqual(6);
  });

  it("places no two labels on top of each other, each next to its own circle", () => {
    const requests: LabelRequest[] = Array.from({ length: 40 }, (_, i) => ({ key: `p${i}`, x: 50 + ((i * 37) % 300), y: 40 + ((i * 53) % 200), r: 4 + (i % 5), text: `Place ${i}` }));
    const labels = placeLabels(requests, 400, 300, { max: 40 });
    expect(labels.length).toBeGreaterThan(5);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
      const own = requests.find((r) => r.key === a.key)!;
      expect(distanceToCircle(a.box, own)).toBeLessThanOrEqual(6);
      for (const other of requests) if (other.key !== a.key) expect(distanceToCircle(a.box, other)).toBeGreaterThanOrEqual(0);
      expect(a.box.x0 >= 0 && a.box.x1 <= 400 && a.box.y0 >= 0 && a.box.y1 <= 300).toBe(true);
    }
  });
});
