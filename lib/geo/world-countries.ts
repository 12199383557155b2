import { geoContains } from "d3-geo";
import type { Feature, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from "geojson";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";

/** A country outline; `id` is its ISO alpha-2 code (or "none-N" for areas without one). */
export type CountryFeature = Feature<GeoPolygon | GeoMultiPolygon, { name: string }> & { id: string };

type Props = { name: string; a2?: string };
type CountryGeometry = (Polygon<Props> | MultiPolygon<Props>) & { id?: string };
export type WorldTopology = Topology<{ countries: GeometryCollection<Props> }>;

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

/**
 * The countries of one of public/geo/'s topologies (world-atlas with ISO alpha-2 codes added by
 * `npm run geo:outlines`) as GeoJSON features keyed by alpha-2.
 */
export function countriesFromTopology(topology: WorldTopology): CountryFeature[] {
  const geometries = topology.objects.countries.geometries as CountryGeometry[];
  const fixed = crimeaInUkraine(topology, geometries);
  // A few disputed areas (N. Cyprus, Somaliland) carry no ISO code; they are drawn, never highlighted.
  return geometries.map((g, i) => {
    const f = feature(topology, g) as Feature<GeoPolygon | GeoMultiPolygon, Props>;
    const id = g.properties?.a2 ?? `none-${i}`;
    return { ...f, id, properties: { name: f.properties.name }, geometry: (g.id && fixed.get(g.id)) || f.geometry };
  });
}

/** Outlines at two scales: the world view needs only 1:110m; a zoomed map looks crude without 1:50m. */
export type OutlineScale = "110m" | "50m";

/** Fetched from public/geo/ (a static, cacheable file), so no script bundle carries the outlines. */
export async function fetchCountries(scale: OutlineScale): Promise<CountryFeature[]> {
  const res = await fetch(`/geo/countries-${scale}.json`);
  if (!res.ok) throw new Error(`could not load the map outlines (${res.status})`);
  return countriesFromTopology((await res.json()) as WorldTopology);
}
