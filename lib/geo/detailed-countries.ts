import { countriesFromTopology, type CountryFeature, type WorldTopology } from "./world-countries";

/**
 * The 1:50m outlines, loaded only when a map zooms in: at regional scale the 1:110m shapes look
 * crude, but the finer file is six times larger, too much to ship for the world view.
 */
export async function loadDetailedCountries(): Promise<CountryFeature[]> {
  const world = await import("world-atlas/countries-50m.json");
  return countriesFromTopology(world.default as unknown as WorldTopology);
}
