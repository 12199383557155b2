import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);

/**
 * The text of lib/countries/country-table.ts: every ISO 3166-1 alpha-2 code with its English
 * name, written out so the browser gets a 4 kB table instead of i18n-iso-countries and its
 * locale file (tens of kB in every page's script). `npm run countries:table` rewrites it.
 */
export function renderCountryTable(): string {
  const names = countries.getNames("en", { select: "official" });
  const entries = Object.keys(names)
    .sort()
    .map((code) => `  ${code}: ${JSON.stringify(names[code])},`)
    .join("\n");
  return `// Written by \`npm run countries:table\` from i18n-iso-countries; do not edit by hand.
export const ISO_COUNTRY_NAMES: Record<string, string> = {
${entries}
};
`;
}
