/**
 * The sixth pass on which facts are proposed and their numbers (issue 11), every sentence invented. Each
 * rule covers a closed class of English or of the wire services' usage, not one phrasing: the spellings of
 * a magnitude, the forms of the verbs of giving, the phrases that a structure is in use, the casualty
 * nouns of a tally, and persons enumerated one by one.
 */
import { describe, expect, it } from "vitest";
import { findMoney } from "../../../lib/extract/money";
import { findNumbers } from "../../../lib/extract/numbers";
import { factsOf } from "./helpers";

const DAY = "2025-03-10"; // a Monday

describe("every spelling of a magnitude (money and counts)", () => {
  it.each([
    ["$165Mln", 165e6, "USD"],
    ["$165 mln", 165e6, "USD"],
    ["$165 MLN", 165e6, "USD"],
    ["€1.5bn", 1.5e9, "EUR"],
    ["€1.5 Bln", 1.5e9, "EUR"],
    ["€2.3 Mrd", 2.3e9, "EUR"],
    ["EUR 40 mio.", 40e6, "EUR"],
    ["SEK 3 mil.", 3e6, "SEK"],
    ["USD 20 million", 20e6, "USD"],
    ["$5m", 5e6, "USD"],
    ["€1.5b", 1.5e9, "EUR"],
    ["$500k", 500e3, "USD"],
    ["$2 tn", 2e12, "USD"],
    ["$4 MILLION", 4e6, "USD"],
  ])("%s is %d %s", (written, amount, currency) => {
    const found = findMoney(`Norway will send ${written} to Ukraine.`, "NO");
    expect(found.map((m) => [m.amount, m.currency])).toEqual([[amount, currency]]);
  });

  it("reads the magnitude after a currency word too", () => {
    expect(findMoney("It will give 5 mln euros.", "DE").map((m) => m.amount)).toEqual([5e6]);
    expect(findMoney("It will give 7 Bln. euros.", "DE").map((m) => m.amount)).toEqual([7e9]);
  });

  it("counts take the multi-letter abbreviations, never a bare letter or 'tn' (tonnes)", () => {
    expect(findNumbers("1.2 mln people and 3 Mln more").map((n) => n.value)).toEqual([1.2e6, 3e6]);
    expect(findNumbers("a 5 m wall and 20 tn of cargo").map((n) => n.value)).toEqual([5, 20]);
  });

  it("a headline amount glued to its magnitude makes the pledge", () => {
    expect(factsOf("aid", "Finland To Give Ukraine $40Mln In Humanitarian Aid", DAY).map((f) => [f.donor, f.amount, f.currency])).toEqual([
      ["FI", 40e6, "USD"],
    ]);
  });
});

describe("the verbs of giving in every form (guide §8)", () => {
  it.each([
    ["granting", "Austria and Ukraine signed notes granting 50 million euros to Ukraine for recovery."],
    ["earmarked", "Portugal earmarked 30 million euros for Ukraine's demining."],
    ["awarded", "Ireland awarded €12 million to Ukraine's energy operator."],
  ])("'%s' states a pledge", (_verb, text) => {
    expect(factsOf("aid", text, DAY)).toHaveLength(1);
  });
});

describe("amounts that are no new pledge, whatever the wording", () => {
  it("a larger pledge split among the bodies that fund it states shares", () => {
    const text =
      "Belgium will send €60 million in humanitarian aid to Ukraine. €40 million will be provided by the foreign ministry, €20 million by the interior ministry.";
    expect(factsOf("aid", text, DAY).map((f) => f.amount)).toEqual([60e6]);
  });

  it("the progress of a pledge already made, discussed again", () => {
    expect(factsOf("aid", "The minister discussed the implementation of a €250 million energy package for Ukraine.", DAY)).toEqual([]);
  });

  it("the total of all support as the subject of a verb of amounting, in any tense", () => {
    expect(
      factsOf("aid", "The total military and civilian support for Ukraine from Norway, counting this decision, will amount to more than NOK 90 billion.", DAY),
    ).toEqual([]);
  });
});

describe("a structure done: the closed class of 'now in use' (guide §9)", () => {
  it.each([
    "The first underground school in Chernihiv has begun operations, with pupils back in class.",
    "An underground school in Chernihiv started working on Monday.",
    "An underground kindergarten in Chernihiv opened its doors on Monday.",
    "An underground school in Chernihiv welcomed its first pupils on Monday.",
    'In the Chernihiv region, an "underground hospital-shelter" has been set up.',
  ])("one shelter: %s", (text) => {
    expect(factsOf("shelter", text, DAY).map((f) => f.count)).toEqual([1]);
  });

  it("a structure only begun is no fact", () => {
    expect(factsOf("shelter", "Construction of an underground school in Chernihiv has begun.", DAY)).toEqual([]);
  });

  it("a finished section of a fortified border with its run", () => {
    const [fact, ...rest] = factsOf("shelter", "Construction has ended on the third section of Latvia's eastern border, a 25-kilometer stretch near the lake.", DAY);
    expect(rest).toEqual([]);
    expect([fact?.country, fact?.count, fact?.lengthM]).toEqual(["LV", 1, 25000]);
  });

  it("a border section still to be built is no fact", () => {
    expect(factsOf("shelter", "Construction will start on the next section of Latvia's eastern border, a 30-kilometer stretch.", DAY)).toEqual([]);
  });
});

describe("casualties: enumerations and tally nouns (guide §6)", () => {
  const injured = (text: string) => factsOf("injury", text, DAY).map((f) => f.injured);

  it.each([
    ["a woman and an ambulance driver", 2],
    ["a man, a woman and a teenager", 3],
    ["a bus passenger and a pedestrian", 2],
  ])("'%s' counts each person", (people, n) => {
    expect(injured(`Russian shelling injured ${people} in Nikopol on Monday.`)).toEqual([n]);
  });

  it("one article for two persons ('another man and woman')", () => {
    expect(injured("In Nikopol, another man and woman were injured in the shelling on Monday.")).toEqual([2]);
  });

  it("people of a town named before the verb ('5 civilians of Nikopol received injuries')", () => {
    expect(injured("On Monday, 5 civilians of Nikopol received injuries as a result of Russian shelling.")).toEqual([5]);
  });

  it("'the number of casualties has increased to N' is the injured, even with a long frame", () => {
    expect(injured("The number of casualties as a result of the evening attack by the Russian army on Nikopol has increased to 9 people.")).toEqual([9]);
    expect(injured("The number of victims of the strike on Nikopol has risen to 6.")).toEqual([6]);
  });

  it("a count told by where the injured are cared for is a part of the total, not a second fact", () => {
    const text =
      "The number of injured in the Russian attack on Nikopol on Monday has risen to 12. According to the mayor, four people injured in the shelling of Nikopol remain in hospital.";
    expect(injured(text)).toEqual([12]);
  });
});

describe("tolls over the war and tolls that rise (guide §6, §2)", () => {
  it.each([
    "The monitoring mission had verified 12,400 civilian casualties during the war -- 4,100 killed and 8,300 injured.",
    "Over two years of full-scale war, 8,300 civilians were injured in the Kharkiv region.",
    "Throughout the invasion, 950 people were wounded in Nikopol.",
  ])("a toll over the war is no event: %s", (text) => {
    expect(factsOf("injury", text, DAY)).toEqual([]);
  });

  it("keeps an attack told by a war correspondent", () => {
    expect(factsOf("injury", "A Russian strike on Nikopol on Monday injured 4 people, a war correspondent reported.", DAY).map((f) => f.injured)).toEqual([4]);
  });

  it("a risen death toll updates the deaths of the event's injured count, no second fact", () => {
    const text =
      "The death toll of the missile strike on Nikopol has risen to five, the governor said. On Saturday it was reported that two people had been killed. A total of 20 people were injured in the attack on Nikopol.";
    expect(factsOf("injury", text, DAY).map((f) => [f.injured, f.killed])).toEqual([[20, 5]]);
  });
});

describe("the people's place between the count and its verb", () => {
  it("'one civilian of the X Republic's (XR) town of Y has been killed' gives the deaths beside the injured", () => {
    const text = "One civilian of the Kherson Region's (KR) town of Nikopol has been killed and 7 others injured on Monday in Russian shelling.";
    expect(factsOf("injury", text, DAY).map((f) => [f.injured, f.killed])).toEqual([[7, 1]]);
  });

  it("'two of the wounded' stays a subgroup", () => {
    const text = "Russian shelling injured 6 people in Nikopol on Monday; two of the wounded were hospitalised.";
    expect(factsOf("injury", text, DAY).map((f) => f.injured)).toEqual([6]);
  });
});

describe("a count's noun ends at a preposition (guide §9)", () => {
  it.each([
    "Chernihiv Equips 40 Schools With Shelters",
    "The city has built 12 kindergartens with bomb shelters this year.",
  ])("no count of shelters in: %s", (text) => {
    expect(factsOf("shelter", text, DAY).map((f) => f.count)).not.toContain(40);
    expect(factsOf("shelter", text, DAY).map((f) => f.count)).not.toContain(12);
  });

  it("still counts shelters built", () => {
    expect(factsOf("shelter", "Chernihiv has built 12 new bomb shelters in schools on Monday.", DAY).map((f) => f.count)).toEqual([12]);
  });
});

describe("the vocabulary of being hurt or killed", () => {
  const counts = (text: string) => factsOf("injury", text, DAY).map((f) => [f.injured, f.killed]);
  it.each([
    ["suffered shrapnel wounds", "On Monday, 4 residents of Nikopol suffered shrapnel wounds in Russian shelling."],
    ["sustained blast injuries", "On Monday, 3 people sustained blast injuries in Russian shelling of Nikopol."],
    ["received burns", "On Monday, 2 people received burns after a Russian drone hit a car in Nikopol."],
    ["suffered concussions", "On Monday, 5 people suffered concussions in Russian shelling of Nikopol."],
    ["were maimed", "On Monday, 6 civilians were maimed by Russian shelling in Nikopol."],
  ])("'%s' is injured", (_what, text) => {
    expect(counts(text)).toEqual([[Number(/\d/.exec(text.replace("On Monday, ", ""))?.[0]), null]]);
  });

  it("'were found dead' is killed", () => {
    expect(counts("After the Russian strike on Nikopol on Monday, 2 people were found dead and 5 were injured.")).toEqual([[5, 2]]);
  });
});

describe("an ordinal singles out one drone (guide §7)", () => {
  const drones = (text: string) => factsOf("drone", text, DAY).map((f) => [f.count, f.place]);

  it("after singulars, 'the third drone' is one more", () => {
    const text = "On Monday, one drone fell in a field in the Kursk region. Another UAV was shot down near Glushkovo. The third drone was also destroyed near Tetkino.";
    expect(drones(text)).toContainEqual([1, "Tetkino"]);
    expect(drones(text)).toHaveLength(3);
  });

  it("after a plural count, 'the second drone' is one of those, no fact of its own", () => {
    const text = "On Monday, air defence shot down two drones over the Kursk region. The second drone was destroyed near the village of Glushkovo.";
    expect(drones(text)).toEqual([[2, "Kursk region"]]);
  });
});

describe("currencies named in both transliterations and the donors' own money", () => {
  it.each([
    ["500 million forints", 500e6, "HUF"],
    ["10 million lei", 10e6, "RON"],
    ["5 bln grivnas", 5e9, "UAH"],
    ["5 billion hryvnyas", 5e9, "UAH"],
    ["10 billion Korean won", 10e9, "KRW"],
    ["50 million Turkish lira", 50e6, "TRY"],
    ["HUF 500 million", 500e6, "HUF"],
  ])("%s", (written, amount, currency) => {
    expect(findMoney(`The government sent ${written} to Ukraine.`, null).map((m) => [m.amount, m.currency])).toEqual([[amount, currency]]);
  });

  it("a pledge in forints takes the donor from its currency", () => {
    expect(factsOf("aid", "The government will provide 500 million forints in humanitarian aid to Ukraine.", DAY).map((f) => [f.donor, f.currency])).toEqual([["HU", "HUF"]]);
  });
});
