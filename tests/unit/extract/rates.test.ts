import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadEcbRates, parseEcbRates, toEuros } from "../../../lib/extract/rates";

// A made-up table in the ECB eurofxref-hist.csv layout (no real rates ship with the project).
const path = fileURLToPath(new URL("../../fixtures/ecb-rates/made-up-eurofxref-hist.csv", import.meta.url));

describe("ECB rate table", () => {
  const rates = loadEcbRates(path);

  it("reads the header's currencies, ignoring the trailing empty column", () => {
    expect(rates.currencies().sort()).toEqual(["CYP", "DKK", "GBP", "JPY", "NOK", "PLN", "SEK", "USD"]);
  });

  it("gives the rate of the day, or the latest day on or before it", () => {
    expect(rates.rateOn("USD", "2023-09-12")).toEqual({ rate: 1.2, date: "2023-09-12" });
    expect(rates.rateOn("USD", "2023-09-10")).toEqual({ rate: 1.1, date: "2023-09-08" });
  });

  it("skips N/A cells and answers null before the first rate or for unknown currencies", () => {
    expect(rates.rateOn("JPY", "2023-09-12")).toEqual({ rate: 140, date: "2023-09-08" });
    expect(rates.rateOn("USD", "1999-01-01")).toBeNull();
    expect(rates.rateOn("CHF", "2023-09-12")).toBeNull();
    expect(rates.rateOn("CYP", "2023-09-12")).toEqual({ rate: 0.58733, date: "2004-04-30" });
  });

  it("converts units of currency per euro into euros", () => {
    expect(toEuros(1_250_000, "USD", "2023-09-13", rates)?.eur).toBe(1_000_000);
    expect(toEuros(1_000, "EUR", "2023-09-13", rates)?.eur).toBe(1_000);
    expect(toEuros(1_000, "USD", "2023-09-13", undefined)).toBeNull();
  });

  it("names the bad cell of a malformed file", () => {
    expect(() => parseEcbRates("Day,USD\n2023-09-13,1.1\n")).toThrow(/first column is "Day"/);
    expect(() => parseEcbRates("Date,USD\n13/09/2023,1.1\n")).toThrow(/line 2: "13\/09\/2023"/);
  });
});
