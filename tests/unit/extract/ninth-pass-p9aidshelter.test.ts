/**
 * The ninth pass (issue 11), area aid and shelter; every sentence invented. Each rule covers a class of
 * phrasing read in real-fresh6's errors, with the look-alikes that must stay as they are.
 */
import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers";

const DAY = "2025-03-10"; // a Monday
const pledges = (text: string) => factsOf("aid", text, DAY).map((f) => [f.donor, f.amount, f.currency]);
const shelters = (text: string) => factsOf("shelter", text, DAY).map((f) => [f.count, f.place]);

describe("aid donor: the adjective of the giving government, not the country of a currency sign (guide §10)", () => {
  it.each([
    ["The Korean government has decided to grant US$5 million in humanitarian aid to Ukraine.", "KR"],
    ["The Swedish government will give US$3 million in emergency aid to Ukraine.", "SE"],
    ["Korean authorities today pledged US$7 million in assistance for Ukrainian refugees.", "KR"],
  ])("%s → %s", (text, donor) => {
    expect(pledges(text).map((p) => p[0])).toEqual([donor]);
  });

  it("the United States named as the giver stays the giver", () => {
    expect(pledges("The United States will provide US$5 million in humanitarian aid to Ukraine.")).toEqual([["US", 5_000_000, "USD"]]);
  });
});

describe("aid: 'so far' / 'to date' with a perfect sums up all giving (guide §8)", () => {
  it.each([
    "So far, Portugal has sent €90 million in aid to Ukraine.",
    "To date, Portugal has channelled €90 million to Ukraine's defence.",
    "Portugal has delivered €90 million in aid to Ukraine to date.",
    "Thus far Portugal has dispatched €90 million in aid to Ukraine and imposed sanctions on Moscow.",
    "Portugal has altogether shipped €90 million worth of aid to Ukraine.",
  ])("%s → no pledge", (text) => {
    expect(pledges(text)).toEqual([]);
  });

  it("one package named in the singular stays a pledge", () => {
    expect(pledges("So far this week, Portugal has approved a €90 million aid package for Ukraine.")).toEqual([["PT", 90_000_000, "EUR"]]);
  });

    it("a pledge of the day stays a pledge", () => {
    expect(pledges("Portugal on Monday announced €90 million in aid to Ukraine.")).toEqual([["PT", 90_000_000, "EUR"]]);
  });

  it("'New' in a country's name is no new giving: the running total is still one", () => {
    expect(pledges("So far, New Zealand has sent NZ$30 million in aid to Ukraine.")).toEqual([]);
  });
});

describe("aid: the cost of building or fitting out a structure is not aid (guide §8)", () => {
  it.each([
    "Lithuania allocated €1.2 million for the construction of a school shelter in Ukraine.",
    "A total of €1.2 million was allocated for the new shelter's construction in Ukraine, funded by Lithuania.",
    "Lithuania financed the shelter in Ukraine, with some €40,000 spent on desks and chairs.",
  ])("%s → no pledge", (text) => {
    expect(pledges(text)).toEqual([]);
  });

  it("money named as aid for building stays a pledge", () => {
    expect(pledges("Lithuania pledged €1.2 million in aid to Ukraine for the construction of school shelters.")).toEqual([["LT", 1_200_000, "EUR"]]);
  });

    it("money for the reconstruction of a country's grid is no construction cost", () => {
    expect(pledges("Lithuania allocated €1.2 million for the reconstruction of Ukraine's energy grid.")).toEqual([["LT", 1_200_000, "EUR"]]);
  });
});

describe("aid: a package outlined, floated, tabled or put forward is a proposal, not a pledge", () => {
  it.each([
    "The head of the European Commission has outlined a €20 billion aid package for Ukraine.",
    "The European Commission floated a €20 billion aid package for Ukraine on Monday.",
    "The European Commission tabled a €20 billion aid package for Ukraine.",
    "The European Commission put forward a €20 billion aid package for Ukraine.",
  ])("%s → no pledge", (text) => {
    expect(pledges(text)).toEqual([]);
  });

  it("a package approved is a pledge", () => {
    expect(pledges("The European Commission approved a €20 billion aid package for Ukraine on Monday.")).toEqual([["EU", 20_000_000_000, "EUR"]]);
  });
});

describe("aid category: the same figure restated elsewhere may say what the money is for", () => {
  const category = (text: string) => factsOf("aid", text, DAY).map((f) => f.category);

  it("a restatement as a financial instrument gives financial", () => {
    const text =
      "Kyiv welcomes the EU's approval on Monday of a €20 billion aid package for Ukraine.\nThe EU set up a new financial instrument for Ukraine worth €20 billion.";
    expect(category(text)).toEqual(["financial"]);
  });

  it("another figure's purpose is not this one's", () => {
    const text = "Kyiv welcomes the EU's approval on Monday of a €20 billion aid package for Ukraine.\nLast year the bloc gave €3 billion in loans.";
    expect(category(text)).toEqual([null]);
  });
});

describe("shelter: a count whose noun is elided refers to the shelters named just before (guide §9)", () => {
  it.each([
    ["In Poltava workers are installing modular shelters. This week they have installed six; twenty more are planned.", 6],
    ["In the city of Poltava crews are putting up mobile bomb shelters. In the past week they have erected nine.", 9],
    ["Poltava is equipping underground classrooms for its lyceums. On Monday it opened four, and more will follow.", 4],
  ])("%s → %d", (text, count) => {
    expect(shelters(text)).toEqual([[count, "Poltava"]]);
  });

  it("a bare number planned, or with no shelters named before, is no count", () => {
    expect(shelters("In Poltava the city is installing modular shelters. It plans to install six.")).toEqual([]);
    expect(shelters("In Poltava the city council met on Monday. This week they have opened six.")).toEqual([]);
  });
});

describe("shelter: an ordinal member of structures counted before is one of them, not one more (guide §2)", () => {
  it("'a second' after 'two … opened' at the same place", () => {
    expect(shelters("Two new underground schools have opened in Poltava. A second underground school in Poltava has been opened at another lyceum.")).toEqual([[2, "Poltava"]]);
  });

  it("an ordinal beyond the count is one more", () => {
    expect(shelters("Two new underground schools have opened in Poltava. A third underground school in Poltava was opened on Monday.")).toHaveLength(2);
  });

  it("the count of another place leaves the ordinal a fact of its own", () => {
    expect(shelters("Three shelters opened in Poltava on Monday and two in Lubny. A third shelter opened in Lubny on Monday.")).toContainEqual([1, "Lubny"]);
  });

    it("an ordinal alone stays a fact (guide §1)", () => {
    expect(shelters("A second underground school has opened in Poltava.")).toEqual([[1, "Poltava"]]);
  });
});

describe("shelter place: 'These towns are A, B, and C' names where the structures stand", () => {
  it("a list of towns of the region, kept as written", () => {
    const text =
      "Three modular shelters have been installed in the Poltava region.\nThree towns in the Poltava region now have shelters. These towns are Lubny, Myrhorod, and Kremenchuk.";
    expect(shelters(text)).toEqual([[3, "Lubny, Myrhorod, and Kremenchuk"]]);
  });

  it("a list with a town outside the region leaves the region", () => {
    const text =
      "Three modular shelters have been installed in the Poltava region.\nThree towns now have shelters. These towns are Lubny, Myrhorod, and Lviv.";
    expect(shelters(text)).toEqual([[3, "Poltava region"]]);
  });
});
