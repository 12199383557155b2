import { ISO_COUNTRY_NAMES } from "./country-table";

// The ISO names of a few countries are not what a reader calls them ("Russian Federation").
const EVERYDAY_NAMES: Record<string, string> = {
  RU: "Russia",
  US: "United States",
  GB: "United Kingdom",
  KR: "South Korea",
  KP: "North Korea",
  MD: "Moldova",
  IR: "Iran",
  SY: "Syria",
  VE: "Venezuela",
  BO: "Bolivia",
  TZ: "Tanzania",
  CZ: "Czechia",
  // Not a country, but ISO reserves "EU" for it and it is one of the largest donors.
  EU: "European Union",
};

export function isKnownCountry(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && (code === "EU" || code in ISO_COUNTRY_NAMES);
}

export function countryName(code: string): string {
  return EVERYDAY_NAMES[code] ?? ISO_COUNTRY_NAMES[code] ?? code;
}
