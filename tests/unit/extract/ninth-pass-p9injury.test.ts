/**
 * The ninth pass, area injury; every sentence invented. Each rule covers a class of phrasing read in
 * real-fresh6's errors, with the look-alikes that must stay as they are.
 */
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../lib/extract/sentences";
import { factsOf } from "./helpers";

const DAY = "2025-03-12"; // a Wednesday
const injuries = (text: string) => factsOf("injury", text, DAY).map((f) => [f.injured, f.killed]);
const placed = (text: string) => factsOf("injury", text, DAY).map((f) => [f.place, f.injured, f.killed]);

describe("an aside between dashes or brackets between the count and its verb", () => {
  it.each([
    "One man was killed and at least 12 others — among them three children — were wounded in a Russian strike on Sumy, the governor said.",
    "One man was killed and at least 12 others – including three children – were wounded in a Russian strike on Sumy, the governor said.",
    "One man was killed and at least 12 others (including three children) were wounded in a Russian strike on Sumy, the governor said.",
  ])("%s → 12 injured, 1 killed", (text) => {
    expect(injuries(text)).toEqual([[12, 1]]);
  });

  it("a dash that closes the clause is no aside", () => {
    expect(injuries("One man was killed in Sumy — 12 others, the mayor said, were later evacuated from the building.")).toEqual([[null, 1]]);
  });
});

describe("a casualty figure 'said earlier' is superseded by the latest figure of the same tally (guide §2)", () => {
  it("the later total stays, the earlier figure goes", () => {
    const text =
      "Three killed, 15 wounded in Russian shelling of Nikopol\n\n" +
      "The regional governor said earlier in the day that two people were killed and nine were wounded in the Russian shelling of Nikopol.";
    expect(injuries(text)).toEqual([[15, 3]]);
  });

  it("a figure said earlier is not superseded by a later one that names no place", () => {
    const text =
      "Russian missiles struck the Odesa region on Wednesday. The governor said earlier that 12 people were injured in Odesa. " +
      "Later, a drone wounded two people, he added.";
    expect(injuries(text)).toEqual([
      [12, null],
      [2, null],
    ]);
  });

  it("a figure said earlier of another place stays", () => {
    const text =
      "Russian shelling wounded 15 people in Nikopol on Wednesday, the governor said. " +
      "He said earlier that two people were wounded in a Russian drone attack on Marhanets.";
    expect(placed(text)).toEqual([
      ["Nikopol", 15, null],
      ["Marhanets", 2, null],
    ]);
  });
});

describe("a back-reference that states the event's day is the event's figure, not background", () => {
  it("'As reported, on Wednesday …' gives the total; the headline's serious children are its part", () => {
    const text =
      "Three children injured in Sumy in serious condition\n\n" +
      "Of the four children hurt in the Russian strike on Sumy, three are in serious condition, the mayor said.\n\n" +
      "As reported, on Wednesday morning, Russian forces struck Sumy, seven people were injured, including four children.";
    const facts = factsOf("injury", text, DAY);
    expect(facts.map((f) => [f.injured, f.serious])).toEqual([[7, 3]]);
  });

  it("'As reported, …' without a day stays background", () => {
    const text =
      "A Russian drone wounded two people in Sumy on Wednesday, the mayor said.\n\n" +
      "As reported, Russian forces struck Sumy, seven people were injured.";
    expect(injuries(text)).toEqual([[2, null]]);
  });
});

describe("an increment that, added to another figure, gives a stated total is a part of it", () => {
  it("'one more killed and four wounded' beside an earlier figure and the headline total", () => {
    const text =
      "Two killed, nine wounded in Russian shelling of Kherson\n\n" +
      "Earlier, the governor said one person was killed and five were wounded in the Russian shelling of Kherson.\n\n" +
      "One more person was killed and four were wounded in Kherson, the city's mayor said on Wednesday.";
    expect(injuries(text)).toEqual([[9, 2]]);
  });

  it("an increment with no such total stays a fact", () => {
    const text =
      "Russian shelling wounded nine people in Kherson on Wednesday, the governor said. " +
      "In Beryslav, another three people were wounded by a Russian drone.";
    expect(injuries(text)).toEqual([
      [9, null],
      [3, null],
    ]);
  });
});

describe("an elision mark in a quote does not glue two sentences", () => {
  it.each(["<…>", "[…]", "(...)"])("%s", (mark) => {
    const sentences = splitSentences(`"Two men were wounded. ${mark} A woman was wounded in the market," he wrote.`).map((s) => s.text);
    expect(sentences.filter((t) => t.includes("Two men") && t.includes("A woman"))).toEqual([]);
  });

  it("each count of the quote keeps its own place", () => {
    const text =
      'Russian shelling hit Kherson on Wednesday. "A man was killed in the Dniprovskyi district. Two women were wounded. <…> A boy was wounded in the Korabelnyi district," the mayor wrote.';
    expect(placed(text)).toEqual([
      ["Dniprovskyi district", 2, 1],
      ["Korabelnyi district", 1, null],
    ]);
  });
});

describe("a count whose verb is left out ('and one in Y') takes the role of the count before, and its own place", () => {
  it.each([
    ["Russian shelling killed people in the region on Wednesday. Two people were killed in the city of Kherson and one in Beryslav, officials said.", "Beryslav"],
    ["Russian drones struck the region on Wednesday. Two people were killed in Kherson, one in Beryslav, the governor said.", "Beryslav"],
  ])("%s", (text, town) => {
    expect(placed(text)).toEqual([
      ["Kherson", null, 2],
      [town, null, 1],
    ]);
  });

  it("the same for the injured", () => {
    expect(placed("Russian strikes on Wednesday wounded people across the region: four were wounded in Kherson and two in Beryslav.")).toEqual([
      ["Kherson", 4, null],
      ["Beryslav", 2, null],
    ]);
  });

  it("no place after the count (a month, a day), or a verb of its own: no gapped count", () => {
    expect(injuries("Two people were killed in Kherson on Wednesday and one on Monday, officials said after the Russian strikes.")).toEqual([[null, 2]]);
    expect(placed("Two people were killed in Kherson and one in Beryslav was left without power after the Russian strike.")).toEqual([["Kherson", null, 2]]);
  });
});

describe("a placeless injured count after a breakdown of deaths by place joins the total the breakdown adds up to", () => {
  it("the total's place and deaths; each part stays a deaths-only fact", () => {
    const text =
      "At least five residents of the Kherson region were killed in Russian shelling on Wednesday, officials said. " +
      "Three people were killed in the city of Kherson and two in Beryslav, the regional administration said. " +
      "Eleven others were injured in the attacks, it added.";
    expect(placed(text)).toEqual([
      ["Kherson region", 11, 5],
      ["Kherson", null, 3],
      ["Beryslav", null, 2],
    ]);
  });

  it("parts that do not add up to the count before: the injured take no total", () => {
    const text =
      "At least nine residents of the Kherson region were killed in Russian shelling on Wednesday, officials said. " +
      "Three people were killed in the city of Kherson and two in Beryslav, the regional administration said. " +
      "Eleven others were injured in the attacks, it added.";
    expect(factsOf("injury", text, DAY).find((f) => f.injured === 11)?.killed).not.toBe(9);
  });
});

describe("a lower figure told as confirmed is a partial confirmation, not an update (guide §2)", () => {
  it("the higher figure stays", () => {
    const text =
      "Russian shelling wounded 14 people in Kherson on Wednesday, the regional administration said. " +
      "The Kherson governor confirmed two deaths and eight injuries.";
    expect(injuries(text)).toEqual([[14, 2]]);
  });

  it("a higher confirmed figure updates the tally as before", () => {
    const text =
      "Russian shelling wounded eight people in Kherson on Wednesday, the regional administration said. " +
      "The Kherson governor later confirmed 14 injuries.";
    expect(injuries(text)).toEqual([[14, null]]);
  });

  it("a lower figure without a verb of confirming is the later figure", () => {
    const text =
      "Russian shelling wounded 14 people in Kherson on Wednesday, the regional administration said. " +
      "The Kherson governor said eight people were injured.";
    expect(injuries(text)).toEqual([[8, null]]);
  });
});

describe("a region told of an unnamed settlement ('a Kursk Region village') takes the settlement another mention names", () => {
  it("the village named in the body", () => {
    const text =
      "A resident of a Kursk Region village was killed in a Ukrainian drone attack, the governor said.\n\n" +
      "Ukrainian forces attacked the village of Otradnoye near Kursk with a drone. One civilian was killed.";
    expect(factsOf("injury", text, DAY).map((f) => [f.place, f.killed])).toEqual([["Otradnoye", 1]]);
  });

  it("other victims in the village leave the lead's death in the region", () => {
    const text =
      "A resident of a Kursk Region village was killed in a Ukrainian drone attack, the governor said.\n\n" +
      "Separately, Ukrainian forces attacked the village of Otradnoye near Kursk with a drone. Two civilians were injured.";
    const deaths = factsOf("injury", text, DAY).filter((f) => f.killed === 1 && !f.injured);
    expect(deaths).toHaveLength(1);
    expect(deaths.map((f) => f.place)).not.toContain("Otradnoye");
  });
});

describe("a placeless injured count joined to the deaths of the sentence before is placed where they are", () => {
  it.each([
    "Ukrainian shelling of occupied Horlivka on Wednesday killed two people. Twelve others were injured, the Russian-installed mayor said.",
    "At least two residents of the Russian-occupied city of Horlivka were killed in Ukrainian shelling on Wednesday. Twelve others were injured in attacks on buses, the information center on Ukrainian attacks said.",
  ])("%s → UA Horlivka (occupied ground is Ukraine's, whoever reports)", (text) => {
    expect(factsOf("injury", text, DAY).map((f) => [f.country, f.place, f.injured, f.killed])).toEqual([["UA", "Horlivka", 12, 2]]);
  });

  it("a count with a place of its own keeps it", () => {
    const text = "Ukrainian shelling of occupied Horlivka on Wednesday killed two people. In Donetsk, twelve people were injured, the Russian-installed mayor said.";
    expect(factsOf("injury", text, DAY).map((f) => [f.place, f.injured])).toContainEqual(["Donetsk", 12]);
  });
});

describe("a grade of condition later in the count's own clause makes the whole count serious", () => {
  it("a headline's serious children are the serious part of the body's total", () => {
    const text =
      "Two children injured in Sumy in serious condition\n\n" +
      "Five people were injured in the Russian strike on Sumy on Wednesday, including three children, the mayor said.";
    expect(factsOf("injury", text, DAY).map((f) => [f.injured, f.serious])).toEqual([[5, 2]]);
  });

  it("'hospitalised in X in critical condition' is serious all", () => {
    expect(factsOf("injury", "Three people were hospitalised in Sumy in critical condition after the Russian strike on Wednesday.", DAY).map((f) => [f.injured, f.serious])).toEqual([[3, 3]]);
  });

  it("a grade told of another count of the clause ('and two are in serious condition') is that count's", () => {
    expect(factsOf("injury", "Five people were injured in Sumy and two are in serious condition after the Russian strike on Wednesday.", DAY).map((f) => [f.injured, f.serious])).toEqual([[5, 2]]);
  });
});

describe("a breakdown by place after a dash or colon, and deaths beside several injured counts", () => {
  it.each([
    "Four people were killed in Russian strikes on the Kharkiv region on Wednesday — three in Kharkiv and one in Chuhuiv.",
    "Four people were killed in Russian strikes on the Kharkiv region on Wednesday: three in Kharkiv and one in Chuhuiv.",
  ])("%s → the total and each part", (text) => {
    expect(placed(text)).toEqual([
      ["Kharkiv region", null, 4],
      ["Kharkiv", null, 3],
      ["Chuhuiv", null, 1],
    ]);
  });

  it("deaths join the injured count of their own place; the rest stand alone", () => {
    const text = "Russian shelling on Wednesday killed three people in Kharkiv and one in Chuhuiv, while eight were wounded in Kharkiv and two in Izium, officials said.";
    expect(placed(text)).toEqual([
      ["Kharkiv", 8, 3],
      ["Izium", 2, null],
      ["Chuhuiv", null, 1],
    ]);
  });

  it("injured counts by place with no deaths stay as they were", () => {
    expect(placed("Russian strikes wounded six people in Kharkiv and two in Chuhuiv on Wednesday.")).toEqual([
      ["Kharkiv", 6, null],
      ["Chuhuiv", 2, null],
    ]);
  });
});

describe("a district no gazetteer knows, placing one of several counts, is in the country the section is about", () => {
  it("both counts of the sentence are kept, each in its district, in Ukraine", () => {
    const text = "Ukrainian shelling hit Donetsk on Wednesday. A man was killed in the Kirovsky district and a woman was wounded in the Petrovsky district, the mayor said.";
    expect(factsOf("injury", text, DAY).map((f) => [f.country, f.place, f.injured, f.killed])).toEqual([
      ["UA", "Petrovsky district", 1, null],
      ["UA", "Kirovsky district", null, 1],
    ]);
  });

  it("a district of a known country keeps its country", () => {
    const text = "Russian drones hit Kharkiv on Wednesday. A man was killed in Chuhuiv and a woman was wounded in the Kyivskyi district, the mayor said.";
    expect(factsOf("injury", text, DAY).every((f) => f.country === "UA")).toBe(true);
  });
});
