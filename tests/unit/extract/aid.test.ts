import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadEcbRates } from "../../../lib/extract/rates";
import { factsOf } from "./helpers";

const rates = loadEcbRates(fileURLToPath(new URL("../../fixtures/ecb-rates/made-up-eurofxref-hist.csv", import.meta.url)));

describe("aid facts", () => {
  it("reads 'a new $2.4 billion package' as USD with no euro figure", () => {
    const [f] = factsOf("aid", "The United States announced a new $2.4 billion package of military aid for Ukraine on Tuesday.");
    expect([f?.amount, f?.currency, f?.amountEur, f?.donor, f?.recipient, f?.category]).toEqual([2_400_000_000, "USD", null, "US", "UA", "military"]);
  });

  it("reads '€500 million in humanitarian aid'", () => {
    const [f] = factsOf("aid", "Germany will provide €500 million in humanitarian aid to Ukraine.");
    expect([f?.amount, f?.currency, f?.amountEur, f?.category]).toEqual([500_000_000, "EUR", 500_000_000, "humanitarian"]);
  });

  it("keeps a stated euro figure as amountEur and resolves crowns through the donor", () => {
    const [f] = factsOf("aid", "Denmark will release an additional 5.8 billion crowns (777 million euros) to Ukraine, the ministry announced on Tuesday.");
    expect([f?.amount, f?.currency, f?.amountEur, f?.date]).toEqual([5_800_000_000, "DKK", 777_000_000, "2023-09-12"]);
  });

  it("reads currencies by name, code and symbol", () => {
    expect(factsOf("aid", "Britain pledged £100m in military aid to Ukraine.")[0]?.currency).toBe("GBP");
    expect(factsOf("aid", "Norway announced 1.5 billion kroner in aid for Ukraine.")[0]?.currency).toBe("NOK");
    expect(factsOf("aid", "Poland will give Ukraine 50 million zlotys of humanitarian aid.")[0]?.currency).toBe("PLN");
    expect(factsOf("aid", "Japan pledged 4.5 billion yen in aid for Ukraine.")[0]?.currency).toBe("JPY");
    expect(factsOf("aid", "Sweden approved a SEK 7 billion aid package for Ukraine.")[0]?.amount).toBe(7_000_000_000);
    expect(factsOf("aid", "The EU approved 5 bln euros in military aid for Ukraine.")[0]?.amount).toBe(5_000_000_000);
    expect(factsOf("aid", "Germany announced a 500-million-euro military aid package for Ukraine.")[0]?.amount).toBe(500_000_000);
  });

  it("labels loans and budget support as financial", () => {
    expect(factsOf("aid", "The European Union disbursed a €1.5 billion loan to Ukraine to support its budget.")[0]?.category).toBe("financial");
  });

  it("does not read an equivalent in parentheses as a second amount", () => {
    expect(factsOf("aid", "Germany unveiled a package worth 1 billion euros ($1.1 billion) for Ukraine.")).toHaveLength(1);
  });

  it("skips running totals and background amounts", () => {
    expect(factsOf("aid", "Since 2022, Washington has committed a total of more than $50 billion in security assistance to Kyiv.")).toEqual([]);
    expect(
      factsOf("aid", "Britain pledged £2.5 billion in military aid, bringing its total support to £12 billion since 2022.").map((f) => f.amount),
    ).toEqual([2_500_000_000]);
  });

  it("states no aid fact for money that is not given (damage, needs)", () => {
    expect(factsOf("aid", "Ukraine needs $40 billion next year, the finance ministry estimated.")).toEqual([]);
    expect(factsOf("aid", "The damage is estimated at $411 billion, the World Bank said.")).toEqual([]);
  });

  it("converts with a loaded ECB rate of the fact's day or the latest before it, and says which", () => {
    const [f] = factsOf("aid", "Denmark pledged 740 million crowns in aid to Ukraine on Sunday.", "2023-09-13", { rates });
    // Sunday 2023-09-10 has no rate; the latest before it is Friday 2023-09-08 (7.3 DKK per EUR).
    expect([f?.amountEur, f?.rateUsed, f?.rateDate]).toEqual([Math.round(740_000_000 / 7.3), 7.3, "2023-09-08"]);
  });

  it("skips N/A cells: a day without a yen rate uses the latest day that has one", () => {
    const [f] = factsOf("aid", "Japan pledged 4.2 billion yen in aid for Ukraine on Tuesday.", "2023-09-13", { rates });
    expect([f?.rateUsed, f?.rateDate, f?.amountEur]).toEqual([140, "2023-09-08", 30_000_000]);
  });

  it("leaves amountEur null when no rate is loaded or the currency has none", () => {
    expect(factsOf("aid", "Japan pledged 4.5 billion yen in aid for Ukraine on Tuesday.")[0]?.amountEur).toBeNull();
    expect(factsOf("aid", "Switzerland pledged 100 million Swiss francs in aid for Ukraine.", "2023-09-13", { rates })[0]?.amountEur).toBeNull();
  });
});

describe("aid facts across a heading and its lead", () => {
  it("merges a heading in one currency with a lead that states it as an equivalent", () => {
    const text =
      "Germany announces new aid package for Ukraine worth $1.1 billion\nGermany on Tuesday unveiled a support package for Ukraine worth around 1 billion euros ($1.1 billion), its defence ministry said.";
    expect(factsOf("aid", text).map((f) => [f.amount, f.currency])).toEqual([[1_000_000_000, "EUR"]]);
  });

  it("skips a total set off by 'in total,'", () => {
    const text = "It is the third package the EU has agreed to send to Ukraine, in total, the EU has sent 1.5 billion euros in military aid.";
    expect(factsOf("aid", text)).toEqual([]);
  });

  it("dates 'the same day' by the sentence before, and skips a ', which has pledged ...' aside", () => {
    const text = [
      "Lithuania will send Ukraine ammunition worth 35 million euros, its minister announced on Friday.",
      "Estonia's government approved 1.2 million euros in humanitarian aid for Ukraine the same day.",
      "Norway, which has pledged 75 billion kroner over five years, said it would not change its plans.",
    ].join("\n");
    expect(factsOf("aid", text, "2024-03-16").map((f) => [f.donor, f.date])).toEqual([
      ["LT", "2024-03-15"],
      ["EE", "2024-03-15"],
    ]);
  });

  it("skips parts of a package ('including ...', 'Of the announced funds, ...')", () => {
    const text = [
      "The Danish government announced a new military aid package for Ukraine worth DKK 5.6 billion (EUR 750 million).",
      "Of the announced funds, about 2.4 billion kroner will be used to strengthen Ukraine's air defence.",
      "The UK announced a 225 million pound military aid package for Ukraine, including over 92 million pounds of equipment for its navy.",
    ].join("\n");
    expect(factsOf("aid", text).map((f) => [f.amount, f.currency, f.amountEur])).toEqual([
      [5_600_000_000, "DKK", 750_000_000],
      [225_000_000, "GBP", null],
    ]);
  });

  it("gives the amount to the nearest giver before it", () => {
    const [f] = factsOf("aid", "Berlin would send 12 tanks, while the Netherlands pledged €150m for ammunition for Ukraine.");
    expect(f?.donor).toBe("NL");
  });
});
