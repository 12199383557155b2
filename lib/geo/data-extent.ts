import type { MultiPoint } from "geojson";

/** The smallest box, in degrees, a zoomed map shows: one place alone still shows its region. */
const MIN_SPAN = { lon: 24, lat: 12 };

/**
 * The corners of a box around the points, padded by a fifth of its span on each side, as a
 * MultiPoint a d3-geo projection can fit. Undefined when there are no points.
 */
export function paddedExtent(points: [number, number][]): MultiPoint | undefined {
  if (points.length === 0) return undefined;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const grow = (lo: number, hi: number, min: number): [number, number] => {
    const pad = Math.max((hi - lo) * 0.2, (min - (hi - lo)) / 2, 0);
    return [lo - pad, hi + pad];
  };
  const [west, east] = grow(Math.min(...lons), Math.max(...lons), MIN_SPAN.lon);
  const [south, north] = grow(Math.min(...lats), Math.max(...lats), MIN_SPAN.lat);
  const clampLat = (lat: number) => Math.max(-85, Math.min(85, lat));
  const corners: [number, number][] = [
    [west, clampLat(south)],
    [east, clampLat(south)],
    [east, clampLat(north)],
    [west, clampLat(north)],
    // The middle of each edge, so curved parallels of the projection stay inside the frame.
    [(west + east) / 2, clampLat(south)],
    [(west + east) / 2, clampLat(north)],
  ];
  return { type: "MultiPoint", coordinates: corners };
}
