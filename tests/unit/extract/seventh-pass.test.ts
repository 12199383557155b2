/**
 * The seventh pass (issue 11), every sentence invented. Each rule is stated from the annotation guide:
 * list structure (a total and its lines), the date of an event carried through its story, the subject
 * of a giving clause as the donor, running totals and frameworks, plans and stock of structures, and
 * coreference of one drone told twice.
 */
import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers";

const DAY = "2025-03-10"; // a Monday

describe("a defence ministry's list of regions, one line each (guide §2)", () => {
  const ru = (lines: string[]) =>
    factsOf("drone", ["Russian Ministry of Defence:", "Overnight, duty air defence forces destroyed 12 Ukrainian UAVs:", ...lines].join("\n"), DAY);

  it.each([
    ["N – over the territory of X region", ["5 – over the territory of Kursk region,", "4 – over the territory of the Belgorod region,", "3 – over the territory of Voronezh region."]],
    ["N - over X region (hyphen)", ["5 - over Kursk region;", "4 - over Belgorod region;", "3 - over Voronezh region."]],
    ["over X region – N", ["over the territory of Kursk region – 5,", "over Belgorod region — 4,", "over Voronezh region – 3."]],
    ["X region – N", ["Kursk region – 5,", "Belgorod region – 4,", "Voronezh region – 3."]],
  ])("%s: every line a fact, the total at the joined regions", (_form, lines) => {
    const facts = ru(lines);
    expect(facts.map((f) => [f.count, f.place, f.claimant]).sort((a, b) => Number(b[0]) - Number(a[0]))).toEqual([
      [12, "Kursk, Belgorod and Voronezh regions", "RU"],
      [5, "Kursk region", "RU"],
      [4, "Belgorod region", "RU"],
      [3, "Voronezh region", "RU"],
    ]);
  });

  it("a part of a line's own count ('including 2 UAVs flying towards X') is no fact of its own", () => {
    const facts = ru(["7 – over the territory of Kursk region, including 2 UAVs flying towards Kursk,", "5 – over the territory of Belgorod region."]);
    expect(facts.map((f) => f.count).sort((a, b) => b - a)).toEqual([12, 7, 5]);
  });

  it("lines that do not add up to the total leave it unplaced", () => {
    const facts = ru(["5 – over the territory of Kursk region,", "4 – over the territory of Belgorod region."]);
    expect(facts.find((f) => f.count === 12)?.place).toBeNull();
    expect(facts.map((f) => f.count).sort((a, b) => b - a)).toEqual([12, 5, 4]);
  });

  it("the same lines without a shoot-down header ending in a colon are no facts", () => {
    const facts = factsOf("drone", "The weather was cold.\n5 – over the territory of Kursk region,\n4 – over the territory of Belgorod region.", DAY);
    expect(facts).toEqual([]);
  });
});

describe("the night the lead dates carries to the headline and the story's tallies (guide §3)", () => {
  const text = [
    "Air Force says 20 drones shot down overnight in Ukraine",
    "",
    "Russia launched 20 drones at Ukraine overnight on June 3, the Air Force said. All of them were shot down.",
    "",
    "The Eastern Command reported destroying four drones over Kharkiv Oblast and two over Sumy Oblast.",
  ].join("\n");

  it("a page published months later dates the headline, the lead and the breakdown to that night", () => {
    const facts = factsOf("drone", text, "2025-08-20");
    expect(facts.map((f) => [f.count, f.launched, f.date]).sort((a, b) => Number(b[0]) - Number(a[0]))).toEqual([
      [20, 20, "2025-06-03"],
      [4, null, "2025-06-03"],
      [2, null, "2025-06-03"],
    ]);
  });

  it("a lead without a night dates nothing else", () => {
    const facts = factsOf("drone", "Air Force says 20 drones shot down overnight in Ukraine\n\nUkraine's Air Force reported on June 3 that it downed 20 drones.\n\nThe Eastern Command reported destroying four drones over Kharkiv Oblast.", "2025-08-20");
    expect(facts.find((f) => f.count === 4)?.date).toBe("2025-08-20");
  });

  it("a launch joins the shoot-down of its own figure, not a larger part told before it", () => {
    const facts = factsOf("drone", text, "2025-08-20");
    expect(facts.find((f) => f.count === 4)?.launched).toBeNull();
  });
});

describe("a night ending on the page's day is not carried", () => {
  it("'the night of 2-3 June' on a page of 3 June leaves the story's tallies on the page's day", () => {
    const text = "Air Force says 20 drones shot down overnight in Ukraine\n\nRussia launched 20 drones at Ukraine on the night of 2-3 June.\n\nThe Eastern Command reported destroying four drones over Kharkiv Oblast and two over Sumy Oblast.";
    expect(factsOf("drone", text, "2025-06-03").find((f) => f.count === 4)?.date).toBe("2025-06-03");
  });
});

describe("the donor is the government that gives, not the currency's country (guide §10)", () => {
  it.each([
    ["On March 3, the Government of Norway decided to extend emergency aid of about 400,000 US dollars to Ukraine.", "NO", "USD"],
    ["The Government of Canada will provide 2 million US dollars in humanitarian aid to Ukraine.", "CA", "USD"],
    ["Sweden will give 5 million Swiss francs to Ukraine through the Red Cross.", "SE", "CHF"],
  ])("%s", (text, donor, currency) => {
    const facts = factsOf("aid", text, DAY);
    expect(facts.map((f) => [f.donor, f.currency])).toEqual([[donor, currency]]);
  });

  it("'support for the government of X' still names X as a recipient side, not a giver", () => {
    const facts = factsOf("aid", "Germany announced €20 million in support for the government of Moldova.", DAY);
    expect(facts.map((f) => f.donor)).toEqual(["DE"]);
  });
});

describe("the day a war began is background, not the pledge's day (guide §3)", () => {
  it("a pledge told after 'the offensive launched on February 24' takes its own day", () => {
    const text = [
      "UK announces new package",
      "",
      "The foreign secretary announced on Friday a new package for Kyiv in the face of the offensive launched on February 24 by Russia.",
      "",
      "He announced the delivery of two million pounds to a fund for Ukraine's recovery.",
    ].join("\n");
    const facts = factsOf("aid", text, "2025-03-07"); // a Friday
    expect(facts.map((f) => f.date)).toEqual(["2025-03-07"]);
  });
});

describe("running totals, sources and frameworks beside a new pledge (guide §8)", () => {
  it("an equivalent in brackets after a running total is no pledge, whatever hedge word opens the brackets", () => {
    const text =
      "Sweden announced a new military aid package for Ukraine worth SEK 2 billion on Monday.\n\nThe total amount of aid from Sweden to Ukraine, including this package, will amount to SEK 40 billion (approx. US$3.9 billion).";
    expect(factsOf("aid", text, DAY).map((f) => [f.amount, f.currency])).toEqual([[2e9, "SEK"]]);
  });

  it("the money a package is drawn from is its source, not a new pledge", () => {
    const text =
      "Norway announced a new aid package for Ukraine worth NOK 500 million on Monday.\n\nThe funds will be taken from the 15 billion kroner that Norway allocated to a support fund last year.";
    expect(factsOf("aid", text, DAY).map((f) => f.amount)).toEqual([500e6]);
  });

  it("a multi-year framework restated beside its tranche ('It foresees up to €N for 2024-2027') is no pledge", () => {
    const text =
      "The EU will disburse 3 billion euros to Ukraine under its recovery facility, the Council said on Monday.\n\nThe facility entered into force last year. It foresees up to 40 billion euros of support for the 2024-2027 period.";
    expect(factsOf("aid", text, DAY).map((f) => f.amount)).toEqual([3e9]);
  });

  it("a framework told alone is still a fact", () => {
    const text = "The EU adopted a facility for Ukraine on Monday. It foresees up to 40 billion euros of support for the 2024-2027 period.";
    expect(factsOf("aid", text, DAY).map((f) => f.amount)).toEqual([40e9]);
  });
});

describe("shelters: work in progress and stock are no facts; a structure's size told elsewhere (guide §9)", () => {
  it("'Construction of three more X is ongoing' is work in progress", () => {
    const text = "On March 9, the city opened an underground school in Zaporizhzhia. Construction of four more underground schools is ongoing.";
    expect(factsOf("shelter", text, DAY).map((f) => f.count)).toEqual([1]);
  });

  it("'Five X have already been built in three communities' without a day is a stock figure", () => {
    const text = "The first underground school has opened in Poltava. Six underground schools have already been built in four communities in the Poltava region.";
    expect(factsOf("shelter", text, DAY).map((f) => f.count)).toEqual([1]);
  });

  it("a count built on a day of its own stays a fact", () => {
    const text = "On March 9, six shelters have been built in the Poltava region.";
    expect(factsOf("shelter", text, DAY).map((f) => f.count)).toEqual([6]);
  });

  it("a fence completed near a town takes the length the dispatch tells elsewhere for the fence near that town", () => {
    const text =
      "Estonia has completed construction on a trial section of a fence on the border near the town of Narva, the broadcaster reports.\n\nThe work is nearly over. Guards patrol it.\n\nIn May, Estonia began building a trial section of a two-kilometre fence near Narva.";
    const facts = factsOf("shelter", text, DAY);
    expect(facts.map((f) => [f.count, f.lengthM, f.place])).toEqual([[1, 2000, "Narva"]]);
  });

  it("a length told of a fence elsewhere in another place is not borrowed", () => {
    const text =
      "Estonia has completed construction on a trial section of a fence on the border near the town of Narva.\n\nThe work is nearly over. Guards patrol it.\n\nLatvia began building a two-kilometre fence near Daugavpils.";
    expect(factsOf("shelter", text, DAY)).toEqual([]);
  });
});

describe("one drone told in the body and in a quote, its place written two ways (coreference)", () => {
  it("'in Pokrovske hromada, Synelnykove district' and 'In the Pokrovske hromada of Synelnykove district' are one fact", () => {
    const text = [
      "Russian drone hits a car in Synelnykove district",
      "",
      "On 4 March, a Russian kamikaze drone struck a car in Pokrovske hromada, Synelnykove district, Dnipropetrovsk Oblast.",
      'Quote: "In the Pokrovske hromada of Synelnykove district, an enemy kamikaze drone hit a car."',
    ].join("\n");
    expect(factsOf("drone", text, DAY).map((f) => [f.count, f.outcome])).toEqual([[1, "hit"]]);
  });

  it("two drones in two hromadas of one district stay two facts", () => {
    const text = [
      "On 4 March, a Russian kamikaze drone struck a car in Pokrovske hromada, Synelnykove district.",
      "On 5 March, in the Mezhova hromada of Synelnykove district, an enemy kamikaze drone hit a tractor.",
    ].join("\n");
    expect(factsOf("drone", text, DAY)).toHaveLength(2);
  });
});
