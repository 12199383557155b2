import { geoContains } from "d3";
import type { Feature, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from "geojson";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";

export type CountryFeature = Feature<GeoPolygon | GeoMultiPolygon, { name: string }> & { id: string };

type CountryGeometry = (Polygon<{ name: string }> | MultiPolygon<{ name: string }>) & { id?: string };
export type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const RUSSIA = "643";
const UKRAINE = "804";
const SEVASTOPOL: [number, number] = [33.5254, 44.6167];

/**
 * Natural Earth draws Crimea as part of Russia; the fact contract puts it in Ukraine, as ISO 3166
 * and the UN do. Move Russia's polygon that contains Sevastopol into Ukraine's outline.
 */
function crimeaInUkraine(topology: WorldTopology, geometries: CountryGeometry[]): Map<string, CountryFeature["geometry"]> {
  const fixed = new Map<string, CountryFeature["geometry"]>();
  const russia = geometries.find((g) => g.id === RUSSIA);
  const ukraine = geometries.find((g) => g.id === UKRAINE);
  if (russia?.type !== "MultiPolygon" || !ukraine) return fixed;
  const crimea = russia.arcs.findIndex((arcs) => geoContains(feature(topology, { type: "Polygon", arcs }), SEVASTOPOL));
  if (crimea < 0) return fixed;
  const crimeaPolygon: Polygon = { type: "Polygon", arcs: russia.arcs[crimea] ?? [] };
  fixed.set(UKRAINE, merge(topology, [ukraine, crimeaPolygon]));
  fixed.set(RUSSIA, feature(topology, { type: "MultiPolygon", arcs: russia.arcs.filter((_, i) => i !== crimea) }).geometry);
  return fixed;
}

/** A world-atlas topology's countries as GeoJSON features, ids as ISO numeric strings. */
export function countriesFromTopology(topology: WorldTopology): CountryFeature[] {
  const geometries = topology.objects.countries.geometries as CountryGeometry[];
  const fixed = crimeaInUkraine(topology, geometries);
  // A few disputed areas (Kosovo, N. Cyprus, Somaliland) carry no ISO id; they are drawn, never highlighted.
  return geometries.map((g, i) => {
    const f = feature(topology, g) as Feature<GeoPolygon | GeoMultiPolygon, { name: string }>;
    const id = g.id ?? `none-${i}`;
    return { ...f, id, geometry: fixed.get(id) ?? f.geometry };
  });
}

/** Every country of Natural Earth's 1:110m map, keyed by ISO 3166-1 numeric code (as a string). */
export const WORLD_COUNTRIES: CountryFeature[] = countriesFromTopology(world as unknown as WorldTopology);
