import { geoNaturalEarth1 } from "d3-geo";
import { describe, expect, it } from "vitest";
import { longitudeArc, mapFit } from "@/lib/geo/data-extent";

/** Projects points with the fit a map would use, and says whether each lands inside the frame. */
function inFrame(points: [number, number][], width = 800, height = 500, pad = 20) {
  const fit = mapFit(points);
  const projection = geoNaturalEarth1().rotate([-fit.centre, 0]);
  if (fit.extent) projection.fitExtent([[pad, pad], [width - pad, height - pad]], fit.extent);
  else projection.fitSize([width, height], { type: "Sphere" });
  return points.map((p) => {
    const [x, y] = projection(p) ?? [NaN, NaN];
    return x >= pad - 0.5 && x <= width - pad + 0.5 && y >= pad - 0.5 && y <= height - pad + 0.5;
  });
}

const KYIV: [number, number] = [30.52, 50.45];
const TOKYO: [number, number] = [139.69, 35.69];
const SEOUL: [number, number] = [126.98, 37.57];
const CANBERRA: [number, number] = [149.13, -35.28];
const WASHINGTON: [number, number] = [-77.04, 38.91];
const ANCHORAGE: [number, number] = [-149.9, 61.22];

describe("mapFit", () => {
  it("keeps Japan, Korea and Australia in frame beside Europe's donors", () => {
    expect(inFrame([KYIV, [10.75, 59.91], TOKYO, SEOUL, CANBERRA, WASHINGTON])).toEqual([true, true, true, true, true, true]);
  });

  it("frames points on both sides of the antimeridian as one region, centred across it", () => {
    const pacific: [number, number][] = [TOKYO, ANCHORAGE, [178.4, -18.1]];
    const fit = mapFit(pacific);
    expect(fit.extent).not.toBeNull();
    expect(Math.abs(Math.abs(fit.centre) - 180)).toBeLessThan(40);
    expect(inFrame(pacific)).toEqual([true, true, true]);
  });

  it("zooms to one country's places and keeps each inside", () => {
    const ukraine: [number, number][] = [KYIV, [36.23, 49.99], [30.73, 46.48], [24.03, 49.84]];
    const fit = mapFit(ukraine);
    expect(fit.extent).not.toBeNull();
    expect(inFrame(ukraine)).toEqual([true, true, true, true]);
  });

  it("shows the whole world when nothing is placed", () => {
    expect(mapFit([])).toEqual({ centre: 0, extent: null });
  });
});

describe("longitudeArc", () => {
  it("finds the shortest arc holding every longitude, across the antimeridian", () => {
    expect(longitudeArc([170, -170])).toEqual({ centre: -180, span: 20 });
    expect(longitudeArc([10, 30])).toEqual({ centre: 20, span: 20 });
  });
});
