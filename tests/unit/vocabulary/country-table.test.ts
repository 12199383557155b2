import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { countryName, isKnownCountry } from "@/lib/countries/country-names";
import { renderCountryTable } from "@/lib/countries/render-country-table";

describe("the browser's country table", () => {
  it("is what npm run countries:table writes from i18n-iso-countries", () => {
    expect(fs.readFileSync("lib/countries/country-table.ts", "utf8")).toBe(renderCountryTable());
  });

  it("gives names where codes stand, as readers say them", () => {
    expect([countryName("DK"), countryName("RU"), countryName("EU"), countryName("JP")]).toEqual(["Denmark", "Russia", "European Union", "Japan"]);
    expect([isKnownCountry("UA"), isKnownCountry("XX"), isKnownCountry("EU")]).toEqual([true, false, true]);
  });
});
