/**
 * Regions, seas and places dispatches name that the GeoNames cities file lacks or spells
 * differently. Coordinates are approximate centres (good enough for a map marker).
 * Crimea and Sevastopol are UA, as ISO 3166 and the UN have them.
 */

export type PlaceTier = "city" | "region" | "sea";

export interface Landmark {
  name: string;
  aliases: string[];
  /** Null for seas, which are in no country. */
  country: string | null;
  lat: number;
  lon: number;
  tier: PlaceTier;
}

const city = (name: string, country: string, lat: number, lon: number, ...aliases: string[]): Landmark => ({
  name, aliases, country, lat, lon, tier: "city",
});
const region = (name: string, country: string, lat: number, lon: number, ...aliases: string[]): Landmark => ({
  name, aliases, country, lat, lon, tier: "region",
});

export const LANDMARKS: Landmark[] = [
  region("Crimea", "UA", 45.3, 34.4, "Crimean peninsula", "Crimean Peninsula", "Crimean", "Republic of Crimea"),
  city("Sevastopol", "UA", 44.616, 33.525, "Sebastopol"),
  region("Donbas", "UA", 48.0, 37.8, "Donbass"),
  { name: "Black Sea", aliases: [], country: null, lat: 43.4, lon: 34.0, tier: "sea" },
  { name: "Sea of Azov", aliases: ["Azov Sea"], country: null, lat: 46.0, lon: 36.5, tier: "sea" },
  city("Snake Island", "UA", 45.255, 30.204, "Zmiinyi Island"),
  city("Crimean Bridge", "UA", 45.31, 36.51, "Kerch Bridge"),
  city("Kyiv", "UA", 50.45, 30.524, "Kiev"),
  city("Rostov-on-Don", "RU", 47.236, 39.713, "Rostov-na-Donu", "Rostov"),
  city("Odesa", "UA", 46.482, 30.723, "Odessa"),
  city("Kharkiv", "UA", 49.993, 36.231, "Kharkov"),
  city("Mykolaiv", "UA", 46.975, 31.995, "Mykolayiv", "Nikolaev", "Nikolayev"),
  city("Zaporizhzhia", "UA", 47.838, 35.139, "Zaporizhia", "Zaporozhye"),
  city("Avdiivka", "UA", 48.139, 37.742, "Avdiyivka"),
  city("Kupiansk", "UA", 49.71, 37.616, "Kupyansk"),
  city("Vuhledar", "UA", 47.78, 37.25),
  city("Sievierodonetsk", "UA", 48.948, 38.491, "Severodonetsk"),
  city("Makiivka", "UA", 48.048, 37.926, "Makiyivka"),
  city("Enerhodar", "UA", 47.499, 34.656, "Energodar"),
  city("Uzhhorod", "UA", 48.621, 22.288),
  city("Huliaipole", "UA", 47.664, 36.256),
  city("Saky", "UA", 45.134, 33.6),
  city("Plauru", "RO", 45.332, 28.826),
  city("Przewodów", "PL", 50.47, 23.93, "Przewodow"),
  city("Oryol", "RU", 52.97, 36.07, "Orel"),
  region("Odesa region", "UA", 46.6, 30.3, "Odessa region", "Odesa oblast", "Odessa oblast"),
  region("Kharkiv region", "UA", 49.6, 36.6, "Kharkiv oblast"),
  region("Kherson region", "UA", 46.6, 33.5, "Kherson oblast"),
  region("Zaporizhzhia region", "UA", 47.4, 35.6, "Zaporizhzhia oblast", "Zaporizhia region"),
  // The names Russia gives the occupied regions are the Ukrainian regions (guide §10).
  region("Donetsk region", "UA", 48.0, 37.8, "Donetsk oblast", "Donetsk People's Republic", "Donetsk People’s Republic", "DPR", "DNR"),
  region("Luhansk region", "UA", 48.6, 39.0, "Luhansk oblast", "Lugansk region", "Lugansk People's Republic", "Lugansk People’s Republic", "Luhansk People's Republic", "Luhansk People’s Republic", "LPR", "LNR"),
  region("Sumy region", "UA", 50.9, 34.1, "Sumy oblast"),
  region("Chernihiv region", "UA", 51.3, 31.9, "Chernihiv oblast"),
  region("Kyiv region", "UA", 50.3, 30.5, "Kyiv oblast", "Kiev region"),
  // "Dnipropetrovsk" alone, since the city became Dnipro in 2016, means the region.
  region("Dnipropetrovsk region", "UA", 48.45, 35.0, "Dnipropetrovsk oblast", "Dnipro region", "Dnipropetrovsk", "Dnepropetrovsk", "Dnepropetrovsk region"),
  region("Mykolaiv region", "UA", 47.0, 32.0, "Mykolaiv oblast"),
  region("Kirovohrad region", "UA", 48.5, 32.3, "Kirovohrad oblast"),
  region("Poltava region", "UA", 49.6, 34.5, "Poltava oblast"),
  region("Kursk region", "RU", 51.7, 36.2, "Kursk oblast"),
  region("Belgorod region", "RU", 50.7, 37.1, "Belgorod oblast"),
  region("Bryansk region", "RU", 52.9, 33.4, "Bryansk oblast"),
  region("Voronezh region", "RU", 51.0, 40.0, "Voronezh oblast"),
  region("Rostov region", "RU", 47.7, 40.7, "Rostov oblast"),
  region("Krasnodar region", "RU", 45.3, 39.0, "Krasnodar Krai", "Krasnodar krai"),
  region("Moscow region", "RU", 55.6, 37.5, "Moscow oblast"),
  region("Oryol region", "RU", 52.8, 36.3, "Oryol oblast"),
];

let byAlias: Map<string, Landmark> | null = null;

export function landmarkByName(normalized: string, normalize: (s: string) => string): Landmark | null {
  if (!byAlias) {
    byAlias = new Map();
    for (const l of LANDMARKS) for (const n of [l.name, ...l.aliases]) byAlias.set(normalize(n), l);
  }
  return byAlias.get(normalized) ?? null;
}
