/**
 * The tenth pass, area injury (and the days it is dated by); every sentence invented. Each rule covers a class of
 * phrasing read in real-fresh7's errors, with the look-alikes that must stay as they are.
 */
import { describe, expect, it } from "vitest";
import { findDateMentions } from "../../../lib/extract/dates";
import { factsOf } from "./helpers";

const DAY = "2025-03-14"; // a Friday
const injuries = (text: string, day = DAY) => factsOf("injury", text, day).map((f) => [f.injured, f.killed]);
const dated = (text: string, day = DAY) => factsOf("injury", text, day).map((f) => [f.date, f.injured, f.killed]);

describe("a toll framed by the war as a whole is no event (guide §6)", () => {
  it.each([
    'Speaking in Lviv, the minister said: "12,500 Ukrainian medics have died in this war."',
    "The general said in Lviv that 4,000 volunteers had been killed in the war with Russia.",
    "In Lviv the ombudsman said 900 children were wounded during the full-scale invasion.",
  ])("%s → no fact", (text) => {
    expect(injuries(text)).toEqual([]);
  });

  it("deaths in an attack told beside the war stay an event", () => {
    expect(injuries("A Russian strike on Lviv killed four people, the deadliest attack on the city in this war.")).toEqual([[null, 4]]);
  });
});

describe("a night told as a span is dated by the day it ended (guide §3); 'this night' is the report's day", () => {
  it("'between Wednesday night and Thursday morning' in a Friday report is the Thursday", () => {
    expect(findDateMentions("Drones were downed between Wednesday night and Thursday morning.", DAY).map((m) => m.date)).toEqual(["2025-03-13"]);
  });

  it("a weekday's night alone keeps its weekday", () => {
    expect(findDateMentions("Drones struck the city on Thursday night.", DAY).map((m) => m.date)).toEqual(["2025-03-13"]);
  });

  it("'this night' is the night just ended, the report's day", () => {
    expect(findDateMentions("This night the enemy attacked the town.", DAY).map((m) => [m.date, m.strength])).toEqual([["2025-03-14", "weak"]]);
  });
});

describe("one person told by an ordinal or by the year of birth", () => {
  it("'killed a fifth person' is one death", () => {
    expect(injuries("A drone attack killed a fifth person in the city of Nikopol, the governor said.")).toEqual([[null, 1]]);
  });

  it("an ordinal that ranks no person is no count", () => {
    expect(injuries("Russian drones struck Nikopol for a fifth time this week, damaging a school.")).toEqual([]);
  });

  it.each([
    "In Nikopol, following the strike woman born in 1971 was killed, and four more people were wounded.",
    "In Nikopol, following the strike a woman born in 1971 was killed, and four more people were wounded.",
  ])("%s → 4 injured, 1 killed", (text) => {
    expect(injuries(text)).toEqual([[4, 1]]);
  });

  it("a year of birth told of no person is no count", () => {
    expect(injuries("In Nikopol, a school built in 1971 was damaged, and four people were wounded.")).toEqual([[4, null]]);
  });
});

describe("an injury told in a relative clause whose main verb is a death is a death (guide §6)", () => {
  it("'a woman who suffered severe burns … died in hospital' is killed, not serious", () => {
    expect(factsOf("injury", "In Kherson, a woman who suffered severe burns in the shelling died in hospital on Thursday.", DAY).map((f) => [f.injured, f.killed, f.serious])).toEqual([[null, 1, null]]);
  });

  it("another count before the death keeps the injured count", () => {
    expect(injuries("In Kherson, three people were wounded in the shelling and one died in hospital.")).toEqual([[3, 1]]);
  });
});

describe("the dead counted by their bodies; people named one by one in apposition; taken to hospital", () => {
  it("'the body of a man was recovered …, and three residents, a man and two women, were taken to hospital'", () => {
    expect(injuries("In Kupiansk, the body of a man was recovered from the debris, and three residents, a man and a woman, were taken to hospital.")).toEqual([[3, 1]]);
  });

  it("a body of water or a body that counts no one is no death", () => {
    expect(injuries("In Kupiansk, the body of the building was damaged, and three residents were taken to hospital.")).toEqual([[3, null]]);
  });
});

describe("a placeless count right after a paragraph closing on an attack on one place", () => {
  const text =
    "In the Kharkiv region, Russian troops shelled the village of Velykyi Burluk with rockets on Thursday.\n\n" +
    "Four people were wounded, he added.";
  it("takes the attacked place when its speaker goes on ('he added')", () => {
    expect(factsOf("injury", text, DAY).map((f) => [f.place, f.injured])).toEqual([["Velykyi Burluk", 4]]);
  });

  it("not when another speaker reports the count (the paragraph break ends the event)", () => {
    const other = "In the Kharkiv region, Russian troops shelled the village of Velykyi Burluk with rockets on Thursday.\n\nFour people were wounded, the regional governor said.";
    expect(factsOf("injury", other, DAY).map((f) => f.place)).not.toContain("Velykyi Burluk");
  });

  it("not when the paragraph before tells no attack on the place", () => {
    const visit =
      "On Thursday, the governor of the Kharkiv region visited the village of Velykyi Burluk with aid.\n\n" +
      "Four people were wounded in shelling, he said.";
    expect(factsOf("injury", visit, DAY).map((f) => f.place)).not.toContain("Velykyi Burluk");
  });
});

describe("the parts of a dated roundup lead take its day", () => {
  const lead = "Russian strikes killed nine people in three attacks across Ukraine on Tuesday, officials said.\n\n";
  it("a later paragraph with no day of its own, or only 'this morning', is of the lead's day", () => {
    const text =
      lead +
      "In the Sumy region, a drone hit a car in the town of Romny, killing two people.\n\n" +
      "In Kherson, shelling killed four people this morning, the governor said.";
    expect(dated(text)).toEqual([
      ["2025-03-11", null, 9],
      ["2025-03-11", null, 2],
      ["2025-03-11", null, 4],
    ]);
  });

  it("a lead of one attack lends no day to the next paragraphs", () => {
    const text =
      "A Russian strike on Sumy killed nine people on Tuesday, officials said.\n\n" +
      "In Kherson, shelling killed four people, the governor said.";
    expect(dated(text)).toEqual([
      ["2025-03-11", null, 9],
      ["2025-03-14", null, 4],
    ]);
  });
});

describe("an earlier report of bodies found is superseded by the current toll; its injured join it (guide §2)", () => {
  it("the lead's three dead with the earlier report's two injured", () => {
    const text =
      "A Ukrainian drone strike on the Kursk region killed three people, the governor said on Friday.\n\n" +
      "Earlier, the governor had said that the bodies of a man and a woman were found in a house, while two residents injured in the strike were taken to hospital.";
    expect(injuries(text)).toEqual([[2, 3]]);
  });
});

describe("a place borrowed from the sentence before is the one it tells of, not one that only locates it", () => {
  it("'a building in X, a village near Y, east of Z' → X", () => {
    const text =
      "Russian shelling wounded six people in Kharkiv on Sunday, the governor said.\n\n" +
      "He said Russian forces had destroyed a house in Kivsharivka, a small town near Kupiansk, east of Kharkiv.\n\n" +
      "Police said two residents died in the attack.";
    expect(factsOf("injury", text, DAY).map((f) => [f.place, f.injured, f.killed])).toEqual([
      ["Kharkiv", 6, null],
      ["Kivsharivka", null, 2],
    ]);
  });

  it("a place named without a locator is borrowed as before", () => {
    const text =
      "Russian shelling wounded six people in Kharkiv on Sunday, the governor said.\n\n" +
      "He said Russian forces had destroyed a house in Kupiansk and a shop in Kivsharivka.\n\n" +
      "Police said two residents died in the attack.";
    expect(factsOf("injury", text, DAY).map((f) => f.place)).toContain("Kivsharivka");
  });
});

describe("compass parts of a country joined as written are the place of a tally over them", () => {
  it("'in attacks on the north and east of Ukraine'", () => {
    expect(factsOf("injury", "Russian strikes killed five people in three attacks on the north and east of Ukraine on Tuesday.", DAY).map((f) => [f.place, f.country, f.killed])).toEqual([
      ["north and east of Ukraine", "UA", 5],
    ]);
  });

  it("one compass part is no joined place (a named place stays)", () => {
    expect(factsOf("injury", "Russian strikes killed five people in the city of Sumy in the north of Ukraine on Tuesday.", DAY).map((f) => f.place)).toEqual(["Sumy"]);
  });
});
