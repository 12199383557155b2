/**
 * The tenth pass, area aid and shelter; every sentence invented. Each rule covers a class of phrasing read in
 * real-fresh7's errors, with the look-alikes that must stay as they are.
 */
import { describe, expect, it } from "vitest";
import { aidCategory } from "../../../lib/extract/kinds/aid-category";
import { factsOf } from "./helpers";

const DAY = "2025-03-10"; // a Monday
const pledges = (text: string, day = DAY) => factsOf("aid", text, day).map((f) => [f.donor, f.amount, f.currency]);
const pledgeDays = (text: string, day = DAY) => factsOf("aid", text, day).map((f) => [f.amount, f.date]);
const shelters = (text: string, day = DAY) => factsOf("shelter", text, day).map((f) => [f.count, f.country, f.place]);

describe("aid: a package's parts by recipient are not pledges of their own (guide §8)", () => {
  const LEAD = "Portugal announced a €20 million aid package for Ukraine on Monday.\n\n";
  it.each([
    "The refugee agency and the food programme will each receive €4 million.",
    "A children's charity is set to receive €2.5 million.",
    "€3 million in funding has been earmarked for the health appeal.",
  ])("%s → only the whole", (part) => {
    expect(pledges(LEAD + part)).toEqual([["PT", 20_000_000, "EUR"]]);
  });

  it("Ukraine receiving money from a named giver stays that giver's pledge", () => {
    expect(pledges("Ukraine will receive €4 million from Portugal, the ministry said.")).toEqual([["PT", 4_000_000, "EUR"]]);
  });

  it("without a larger whole before, a body receiving money is no part", () => {
    expect(pledges("Portugal said the refugee agency will receive €4 million in aid for Ukraine.")).toEqual([["PT", 4_000_000, "EUR"]]);
  });
});

describe("aid donor: the last item of a list of receivers is no giver (guide §10)", () => {
  it("'earmarked for A, B, and Moldova': Moldova receives", () => {
    const facts = factsOf("aid", "Portugal pledged €20 million for Ukraine.\n\n€3 million has been earmarked for the health fund, the school appeal, and Moldova.", DAY);
    expect(facts.map((f) => f.donor)).not.toContain("MD");
  });

  it("a giver after the list, with a verb of its own, stays a giver", () => {
    expect(pledges("€3 million will go to Ukraine, and Spain pledged €5 million in aid.").map((p) => p[0])).toContain("ES");
  });
});

describe("aid: one stage of a project is a part of the whole (guide §8)", () => {
  it("'N more will be allocated for the second stage of …' beside the whole", () => {
    const text = "Estonia approved €12 million for rebuilding schools in Ukraine on Monday.\n\nNearly 3 million euros more will be allocated for the second stage of the repair of a school in Kharkiv.";
    expect(pledges(text)).toEqual([["EE", 12_000_000, "EUR"]]);
  });

  it("alone in its dispatch, a stage's money stays a pledge", () => {
    expect(pledges("Estonia will allocate €3 million in aid to Ukraine for the second stage of the school programme.")).toEqual([["EE", 3_000_000, "EUR"]]);
  });
});

describe("aid: a cost as the subject of a copula is no aid, whatever else the sentence says (guide §8)", () => {
  it.each([
    "The construction cost was about 5 million yen, and there was also a donation from Japan for Ukraine.",
    "The cost of the shelter amounted to roughly €80,000, and the donation came from Austria for Ukraine.",
  ])("%s → no pledge", (text) => {
    expect(pledges(text)).toEqual([]);
  });

  it("a donation whose amount is its own stays a pledge", () => {
    expect(pledges("Japan made a donation of 5 million yen to Ukraine to cover construction costs.")).toEqual([["JP", 5_000_000, "JPY"]]);
  });
});

describe("aid date: a weekday of a coming occasion is not the pledge's day (guide §3)", () => {
  it("'during the next cabinet meeting on Wednesday' → the report's day", () => {
    expect(pledgeDays("Austria will provide an additional €10 million in aid to Ukraine during the next cabinet meeting on Wednesday.")).toEqual([[10_000_000, DAY]]);
  });

  it("a weekday told of the pledge itself stays its day", () => {
    expect(pledgeDays("Austria on Friday pledged an additional €10 million in aid to Ukraine.")).toEqual([[10_000_000, "2025-03-07"]]);
  });
});

describe("aid category: what a package 'will provide', naming several purposes, is mixed", () => {
  it("humanitarian relief and rehabilitation → null", () => {
    expect(aidCategory('The package will provide "urgent humanitarian relief, help rehabilitation of homes and support longer-term goals".')).toBeNull();
  });

  it("one purpose stays its category", () => {
    expect(aidCategory("The package will provide humanitarian relief for displaced families.")).toBe("humanitarian");
  });
});

describe("shelter: a repair participle qualifying the opened shelter, and verbs of helping to build (guide §9)", () => {
  it("'opened a renovated and equipped shelter in X' → one shelter", () => {
    expect(shelters("The charity, with support from donors, this week opened a refurbished and equipped shelter in the city of Lviv.")).toEqual([[1, "UA", "Lviv"]]);
  });

  it("renovating shelters that stood stays no fact", () => {
    expect(shelters("The city renovated and equipped a shelter in Lviv last week.")).toEqual([]);
  });

  it("'partners … helped to restore the school and build a shelter' → one shelter, where it stands", () => {
    const text = "The school in Lviv reopened on Monday.\n\nOur partners, the Development Agency from the Republic of Estonia, helped to restore the school and build a shelter.";
    expect(shelters(text).map((f) => [f[0], f[1]])).toEqual([[1, "UA"]]);
  });

  it("a plan to build stays no fact", () => {
    expect(shelters("Partners from Estonia plan to build a shelter in Lviv.")).toEqual([]);
  });

  it("'spent months … setting up a shelter' → one shelter", () => {
    expect(shelters("In Lviv, a charity spent about four months repairing a school and setting up an air-raid shelter.")).toEqual([[1, "UA", "Lviv"]]);
  });
});

describe("shelter place: an unknown name after a sentence-opening 'In', located by 'near <known place>'", () => {
  it("'In Zarichnivka, near Lviv, …' → Zarichnivka, in Ukraine", () => {
    expect(shelters("In Zarichnivka, near Lviv, volunteers built a bomb shelter for the village school.")).toEqual([[1, "UA", "Zarichnivka"]]);
  });

  it("a known place after 'In' is read as the gazetteer reads it", () => {
    expect(shelters("In Lviv, near the station, volunteers built a bomb shelter for the school.")).toEqual([[1, "UA", "Lviv"]]);
  });
});
