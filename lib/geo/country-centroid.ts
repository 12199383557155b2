import { geoArea, geoCentroid } from "d3";
import type { Polygon } from "geojson";
import { countryNumericCode } from "../countries/country-names";
import { WORLD_COUNTRIES, type CountryFeature } from "./world-countries";

const byNumeric = new Map(WORLD_COUNTRIES.map((f) => [f.id, f]));

/** The world-atlas feature of an ISO alpha-2 country, if the 1:110m map has it. */
export function countryFeature(alpha2: string): CountryFeature | undefined {
  const numeric = countryNumericCode(alpha2);
  return numeric ? byNumeric.get(numeric) : undefined;
}

/**
 * Where to draw a country's facts that name no place: the centre of its largest polygon, so
 * France's lands in France rather than being pulled toward French Guiana.
 */
function mainlandCentroid(f: CountryFeature): [number, number] {
  if (f.geometry.type === "Polygon") return geoCentroid(f);
  let best: Polygon | undefined;
  let bestArea = -1;
  for (const coordinates of f.geometry.coordinates) {
    const polygon: Polygon = { type: "Polygon", coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return best ? geoCentroid(best) : geoCentroid(f);
}

const cache = new Map<string, [number, number] | undefined>();

/** [lon, lat] of a country's centre, or undefined when the map does not have the country. */
export function countryCentroid(alpha2: string): [number, number] | undefined {
  if (!cache.has(alpha2)) {
    const f = countryFeature(alpha2);
    cache.set(alpha2, f ? mainlandCentroid(f) : undefined);
  }
  return cache.get(alpha2);
}
