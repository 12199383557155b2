/**
 * resolvePlace("Sevastopol") → { name, country, lat, lon }: the hand list of landmarks first,
 * then "X region"/"region of X" through X, then the GeoNames gazetteer. Used by the extractor
 * and by the app to put places on the map.
 */
import { bestGazetteerMatch, gazetteerMatches } from "./gazetteer";
import { landmarkByName, type PlaceTier } from "./landmarks";
import { normalizePlaceName } from "./place-names";

export interface ResolvedPlace {
  name: string;
  /** ISO 3166-1 alpha-2; null for seas. */
  country: string | null;
  lat: number;
  lon: number;
}

export interface ResolvedPlaceDetail extends ResolvedPlace {
  tier: PlaceTier;
}

const REGION_SUFFIX = /^(.+?)\s+(?:region|oblast|province|krai)$/i;
const REGION_PREFIX = /^(?:the\s+)?(?:region|oblast|province)\s+of\s+(.+)$/i;
const LOCAL_SUFFIX = /^(.+?)\s+(?:district|county|area|raion|hromada|community)$/i;
// "Industrial district of the city of Kharkiv", "Kherson city center", "centre of Odesa": a part of a city is found at the city.
const PART_OF_CITY =
  /^(?:.+?\s+(?:district|raion)\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?(.+)|(.+?)\s+city\s+cent(?:er|re)|cent(?:er|re)\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?(.+))$/i;

const memo = new Map<string, ResolvedPlaceDetail | null>();
const preferredKeys = new WeakMap<ReadonlySet<string>, string>();

let lastPreferred: { set: ReadonlySet<string>; key: string } | null = null;

function keyOf(preferred: ReadonlySet<string> | undefined): string {
  if (!preferred) return "";
  // A sentence's names are all looked up with its one set: an identity check before the WeakMap.
  if (lastPreferred?.set === preferred) return lastPreferred.key;
  let key = preferredKeys.get(preferred);
  if (key === undefined) preferredKeys.set(preferred, (key = [...preferred].sort().join(",")));
  lastPreferred = { set: preferred, key };
  return key;
}

/** Memoized by name and preferred countries: sentences name the same few places again and again. */
export function resolvePlaceDetail(name: string, preferred?: ReadonlySet<string>): ResolvedPlaceDetail | null {
  const key = `${keyOf(preferred)}|${name}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  if (memo.size > 20_000) memo.clear();
  const resolved = resolveUncached(name, preferred);
  memo.set(key, resolved);
  return resolved;
}

function resolveUncached(name: string, preferred?: ReadonlySet<string>): ResolvedPlaceDetail | null {
  const key = normalizePlaceName(name);
  if (!key) return null;
  const landmark = landmarkByName(key, normalizePlaceName);
  if (landmark) return { name: landmark.name, country: landmark.country, lat: landmark.lat, lon: landmark.lon, tier: landmark.tier };

  const regional = REGION_SUFFIX.exec(name.trim()) ?? REGION_PREFIX.exec(name.trim());
  if (regional?.[1]) {
    const core = resolvePlaceDetail(regional[1], preferred);
    if (core && core.tier !== "sea") return { ...core, name: `${regional[1].trim()} region`, tier: "region" };
    return null;
  }
  const part = PART_OF_CITY.exec(name.trim());
  const city = part?.[1] ?? part?.[2] ?? part?.[3];
  if (city) return resolvePlaceDetail(city, preferred);
  const local = LOCAL_SUFFIX.exec(name.trim());
  if (local?.[1]) return resolvePlaceDetail(local[1], preferred);

  const hit = bestGazetteerMatch(name, preferred);
  return hit ? { name: hit.name, country: hit.country, lat: hit.lat, lon: hit.lon, tier: "city" } : null;
}

export function resolvePlace(name: string): ResolvedPlace | null {
  const d = resolvePlaceDetail(name);
  return d ? { name: d.name, country: d.country, lat: d.lat, lon: d.lon } : null;
}

const REGION_CORE = /^(.+?)\s+(?:region|oblast|province|krai)$/i;

/**
 * Whether a town lies in a region, by the GeoNames admin1 code: a place of the town's name against
 * the city the region is named after ("Shebekino" and "Belgorod" are both in admin1 09, so Shebekino
 * is in the Belgorod region). Null when either is unknown to the gazetteer (nothing to compare).
 */
export function liesInRegion(town: string, region: string): boolean | null {
  const core = REGION_CORE.exec(region.trim())?.[1];
  const r = resolvePlaceDetail(region);
  if (!core || !r?.country || r.tier !== "region") return null;
  const seat = gazetteerMatches(core).find((m) => m.country === r.country);
  // Village names repeat across regions ("Ivanovka"): any place of that name in the region will do.
  const bare = town.replace(/\s+(?:district|raion|community|hromada)$/i, "");
  // A landmark town the gazetteer spells otherwise ("Odesa", GeoNames "Odessa") is looked up by its other names too.
  const landmark = landmarkByName(normalizePlaceName(bare), normalizePlaceName);
  const names = landmark?.tier === "city" ? [bare, landmark.name, ...landmark.aliases] : [bare];
  const towns = names.flatMap((n) => gazetteerMatches(n));
  if (!seat || towns.length === 0) return null;
  return towns.some((t) => t.country === r.country && t.admin1 === seat.admin1);
}
