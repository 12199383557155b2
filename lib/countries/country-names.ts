import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);

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
  return /^[A-Z]{2}$/.test(code) && (code === "EU" || countries.isValid(code));
}

export function countryName(code: string): string {
  return EVERYDAY_NAMES[code] ?? countries.getName(code, "en") ?? code;
}

/** ISO numeric code, which world-atlas uses as feature ids. */
export function countryNumericCode(code: string): string | undefined {
  return countries.alpha2ToNumeric(code);
}
