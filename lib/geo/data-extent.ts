import type { MultiPoint } from "geojson";

/** The smallest box, in degrees, a zoomed map shows: one place alone still shows its region. */
const MIN_SPAN = { lon: 24, lat: 12 };
/** Data spread wider than this is shown on the whole globe: a "zoom" would distort more than help. */
const WORLD_SPAN = 200;

export interface MapFit {
  /** Longitude to put at the map's centre (a projection's rotate is [-centre, 0]). */
  centre: number;
  /** The box to fit, in geographic degrees, or null to show the whole sphere. */
  extent: MultiPoint | null;
}

const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/**
 * The centre of the shortest arc of longitude holding every point, and that arc's span: the
 * complement of the widest empty gap between neighbouring longitudes around the globe. Japan
 * (140°E) and Alaska (150°W) are 70° apart across the antimeridian, not 290° apart across Europe.
 */
export function longitudeArc(lons: number[]): { centre: number; span: number } {
  const sorted = [...new Set(lons.map(wrap))].sort((a, b) => a - b);
  if (sorted.length <= 1) return { centre: sorted[0] ?? 0, span: 0 };
  let gapEnd = 0;
  let widest = -1;
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i] as number;
    const to = i + 1 < sorted.length ? (sorted[i + 1] as number) : (sorted[0] as number) + 360;
    if (to - from > widest) [widest, gapEnd] = [to - from, (i + 1) % sorted.length];
  }
  const west = sorted[gapEnd] as number;
  const span = 360 - widest;
  return { centre: wrap(west + span / 2), span };
}

/**
 * How a map should frame the points ([lon, lat]): the centre longitude that keeps them off the
 * antimeridian, and a padded box around them (a fifth of the span each side, at least MIN_SPAN),
 * as corners and edge midpoints a d3-geo projection rotated to that centre can fit.
 */
export function mapFit(points: [number, number][]): MapFit {
  if (points.length === 0) return { centre: 0, extent: null };
  const { centre, span } = longitudeArc(points.map((p) => p[0]));
  if (span > WORLD_SPAN) return { centre: span > 300 ? 0 : centre, extent: null };
  const lats = points.map((p) => p[1]);
  const grow = (lo: number, hi: number, min: number): [number, number] => {
    const pad = Math.max((hi - lo) * 0.2, (min - (hi - lo)) / 2, 0);
    return [lo - pad, hi + pad];
  };
  // Longitudes relative to the centre, so the box never straddles ±180° of the rotated map.
  const [west, east] = grow(-span / 2, span / 2, MIN_SPAN.lon).map((l) => Math.max(-179.9, Math.min(179.9, l)) + centre) as [number, number];
  const clampLat = (lat: number) => Math.max(-85, Math.min(85, lat));
  const [south, north] = grow(Math.min(...lats), Math.max(...lats), MIN_SPAN.lat).map(clampLat) as [number, number];
  const mid = (west + east) / 2;
  return {
    centre,
    extent: {
      type: "MultiPoint",
      // The middle of each edge too, so curved parallels of the projection stay inside the frame.
      coordinates: [[west, south], [east, south], [east, north], [west, north], [mid, south], [mid, north]],
    },
  };
}
