import { geoArea, geoBounds, geoCentroid } from "d3-geo";
import type { Polygon } from "geojson";
import type { CountryFeature } from "./world-countries";

/**
 * Where to draw a country's facts that name no place: the centre of its largest polygon, so
 * France's lands in France rather than being pulled toward French Guiana.
 */
function mainlandCentroid(f: CountryFeature): [number, number] {
  return geoCentroid(mainland(f));
}

/** A country's largest polygon. */
function mainland(f: CountryFeature): Polygon | CountryFeature {
  if (f.geometry.type === "Polygon") return f;
  let best: Polygon | undefined;
  let bestArea = -1;
  for (const coordinates of f.geometry.coordinates) {
    const polygon: Polygon = { type: "Polygon", coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return best ?? f;
}

/** [lon, lat] of each country's centre by ISO alpha-2 code. */
export function countryCentroids(countries: CountryFeature[]): Map<string, [number, number]> {
  const centres = new Map<string, [number, number]>();
  for (const f of countries) if (!f.id.startsWith("none-") && !centres.has(f.id)) centres.set(f.id, mainlandCentroid(f));
  return centres;
}

/** The corners of a country's mainland (largest polygon) box, as [lon, lat] points to fit a map to. */
export function mainlandBounds(countries: CountryFeature[], alpha2: string): [number, number][] {
  const f = countries.find((c) => c.id === alpha2);
  if (!f) return [];
  const [[w, s], [e, n]] = geoBounds(mainland(f));
  return [[w, s], [e, n]];
}
