import { countryCentroids, mainlandBounds } from "./country-centroid";
import { fetchCountries, type CountryFeature, type OutlineScale } from "./world-countries";

/** The map's country outlines at one scale, with what the map reads from them. */
export interface MapOutlines {
  countries: CountryFeature[];
  /** [lon, lat] of each country's centre (its largest polygon's), by alpha-2 code. */
  centres: ReadonlyMap<string, [number, number]>;
  /** The corners of a country's mainland box, to fit the map to a filtered country. */
  mainlandBounds: (alpha2: string) => [number, number][];
}

/**
 * Fetches the outlines (a static file) and measures them. The map page imports this module on
 * demand, so topojson and d3-geo travel with the outlines rather than in the page's first load.
 */
export async function mapOutlines(scale: OutlineScale): Promise<MapOutlines> {
  const countries = await fetchCountries(scale);
  return { countries, centres: countryCentroids(countries), mainlandBounds: (alpha2) => mainlandBounds(countries, alpha2) };
}
