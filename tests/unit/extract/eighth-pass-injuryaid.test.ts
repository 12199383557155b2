/**
 * The eighth pass (issue 11), area injury and aid; every sentence invented. Each rule covers a class of
 * phrasing read in real-fresh5's errors, with the look-alikes that must stay as they are.
 */
import { describe, expect, it } from "vitest";
import { aidCategory } from "../../../lib/extract/kinds/aid-category";
import { factsOf } from "./helpers";

const DAY = "2025-03-10"; // a Monday
const injuries = (text: string) => factsOf("injury", text, DAY).map((f) => [f.injured, f.killed]);

describe("a casualty count raised by a verb of knowing or saying (guide §6)", () => {
  it.each([
    "Russian missiles hit Poltava, and now 14 people are known to have been injured, the governor said.",
    "After the Russian strike on Poltava, 14 people are reported to have been wounded.",
    "A Russian drone hit Poltava; 14 residents are believed to have been hurt.",
    "In Poltava, 14 people are thought to be injured after a Russian missile strike.",
    "The number of injured in Poltava rises to 14 after the Russian strike",
    "After the Russian strike on Poltava, the number of those wounded has climbed to 14.",
  ])("%s → 14 injured", (text) => {
    expect(injuries(text)).toEqual([[14, null]]);
  });

  it("deaths raised the same way are deaths", () => {
    expect(injuries("A Russian drone hit Poltava; three people are feared to have died.")).toEqual([[null, 3]]);
  });

  it("a verb of saying about something else is no casualty count", () => {
    expect(injuries("Officials in Poltava said 14 buildings are known to have been damaged by the Russian strike.")).toEqual([]);
  });
});

describe("an injury that ends in death is a death, not an injury (guide §6)", () => {
  it.each([
    "Russian troops shelled Poltava. One person received fatal injuries.",
    "Russian troops shelled Poltava. One man was mortally wounded.",
    "Russian troops shelled Poltava. A woman sustained injuries incompatible with life.",
    "A Russian shell fatally wounded one man in Poltava.",
  ])("%s → killed 1", (text) => {
    expect(injuries(text)).toEqual([[null, 1]]);
  });

  it("minor or serious injuries stay injuries", () => {
    expect(injuries("Russian troops shelled Poltava. One person received serious injuries.")).toEqual([[1, null]]);
    expect(injuries("A Russian shell slightly wounded two men in Poltava.")).toEqual([[2, null]]);
  });
});

describe("a lesser grade or the care of some of the injured is a part of the total told before (guide §1)", () => {
  const total = "Nine people were wounded in Poltava after a Russian drone attack, the governor said.";
  it.each([
    "Three of the victims suffered minor injuries and did not require hospitalisation.",
    "Three people suffered minor injuries, he added.",
    "Three residents were slightly injured.",
    "Three people were treated on the spot.",
    "Three people did not need hospitalisation.",
    "Three have already been discharged.",
    "Five people were hospitalised, among them two children.",
  ])("%s → only the nine", (part) => {
    expect(injuries(`${total} ${part}`)).toEqual([[9, null]]);
  });

  it("another count, or the same grade at another place, is a fact of its own", () => {
    expect(injuries(`${total} Another three people were slightly injured.`)).toHaveLength(2);
    expect(injuries(`${total} In Kremenchuk, two people were slightly injured.`)).toHaveLength(2);
  });

  it("a lesser grade with no larger count before it is the count", () => {
    expect(injuries("Three people were slightly injured in a Russian strike on Poltava.")).toEqual([[3, null]]);
  });
});

describe("aid category: what the package is made of (guide §8)", () => {
  it.each([
    ["military", "The funds will go, among other things, to artillery shells and to training Ukrainian troops."],
    ["military", "Among other things, the money buys ammunition for soldiers at the front."],
    [null, "Portugal has allocated €40 million to Ukraine, which, among other things, will help families through the winter."],
    [null, "The package is focused mainly on repairing the power grid and also includes funding for humanitarian assistance."],
    [null, "It covers energy equipment for substations, and some of it will pay for medicines."],
    [null, "The aid will be spent on reconstruction of schools and, in part, on food for displaced families."],
    ["military", "The package includes air defence systems and artillery ammunition."],
    ["military", "Portugal will provide €50 million in military aid to protect Ukraine's energy infrastructure."],
  ])("%s: %s", (category, text) => {
    expect(aidCategory(text)).toBe(category);
  });

  it("'the development of' a force names what is developed, not a development purpose", () => {
    expect(aidCategory("The money will be spent, among other things, on rounds for artillery and the development of two new brigades.")).toBe("military");
  });
});

const SEPT = "2024-09-16";
const pledges = (text: string, day = SEPT) => factsOf("aid", text, day).map((f) => [f.donor, f.amount, f.date]);

describe("a pledge told by referring back to a past time (guide §8: background)", () => {
  it.each([
    "In June of this year, Ukraine received its first tanks from Portugal. At that time, Portugal also pledged €90 million for spare parts.",
    "In June, Portugal's prime minister visited Kyiv. Back then, Portugal promised €90 million in aid for Ukraine.",
    "In June, Portugal's prime minister visited Kyiv. On that occasion, Portugal allocated €90 million to Ukraine.",
    "In June, Portugal pledged €90 million in aid for Ukraine.",
  ])("%s → no fact", (text) => {
    expect(pledges(text)).toEqual([]);
  });

  it("the same reference to a time of the report day, or a time named in the phrase, keeps the pledge", () => {
    expect(pledges("Portugal's prime minister visited Kyiv on Monday. At that time, Portugal pledged €90 million in aid for Ukraine.")).toHaveLength(1);
    expect(pledges("At the time of signing, Portugal pledged €90 million in aid for Ukraine.")).toHaveLength(1);
  });
});

describe("the items of a 'Background:' block without a day of their own (guide §8)", () => {
  const text = [
    "Details: Portugal will allocate €90 million to Ukraine, the prime minister said today.",
    "",
    "Background:",
    "",
    "Spain will contribute €4 million to a fund for Ukraine's recovery.",
    "",
    "On 2 September, Ireland made a contribution of €12 million to the Ukraine Energy Support Fund.",
  ].join("\n");

  it("keeps the story's pledge and a background item with its own day, drops the undated item", () => {
    expect(pledges(text)).toEqual([
      ["PT", 90e6, SEPT],
      ["IE", 12e6, "2024-09-02"],
    ]);
  });

  it("a label that is no recall ('Details:') leaves the items as they are", () => {
    expect(pledges(text.replace("Background:", "Details:"))).toHaveLength(3);
  });
});

describe("one pledge told in two currencies (guide §2)", () => {
  const amounts = (text: string) => factsOf("aid", text, SEPT).map((f) => [f.amount, f.currency]);

  it.each([
    ["a hedged headline in dollars over the body's kronor with a dollar equivalent", "Norway to give Ukraine over $45 million for its power grid\nThe Norwegian government will allocate NOK 500 million (about $47 million) to Ukraine."],
    ["a headline in euros over the body's zloty with a euro equivalent", "Poland to send Ukraine €23 million in aid\nPoland will provide PLN 100 million (approx. €23.4 million) in aid to Ukraine."],
    ["the body's conversion first, the native figure later", "The Czech government approved $21 million in aid for Ukraine.\nThe Czech package of CZK 500 million (roughly US$21.6 million) was approved today."],
  ])("%s: one fact", (_form, text) => {
    expect(amounts(text)).toHaveLength(1);
  });

  it("figures that differ beyond a conversion, or another donor's figure, stay two pledges", () => {
    expect(amounts("Norway to give Ukraine $80 million for its power grid\nThe Norwegian government will allocate NOK 500 million (about $47 million) to Ukraine.")).toHaveLength(2);
    expect(amounts("Norway will allocate NOK 500 million (about $47 million) to Ukraine.\nCanada will give Ukraine $47 million for demining.")).toHaveLength(2);
  });
});

describe("a pledge told as an earlier commitment, in the pluperfect (guide §3, §8)", () => {
  it("beside the announcement of the same pledge, the announcement's day holds", () => {
    const text = [
      "Portugal's foreign minister announced that his country will provide a new package worth €400 million to Ukraine.",
      "The prime minister had committed to providing a €400 million package to Ukraine after the summit on Wednesday.",
    ].join("\n");
    expect(pledges(text)).toEqual([["PT", 400e6, SEPT]]);
  });

  it("alone and with no day, it is an earlier pledge (background)", () => {
    expect(pledges("Portugal had already pledged €400 million to Ukraine, the minister recalled.")).toEqual([]);
  });

  it("alone with its own day, it is that day's pledge", () => {
    expect(pledges("Portugal had pledged €400 million to Ukraine on 4 September.")).toEqual([["PT", 400e6, "2024-09-04"]]);
  });

  it("the simple past announces, the pluperfect of another verb changes nothing", () => {
    expect(pledges("Portugal pledged €400 million to Ukraine after the prime minister had met Zelensky.")).toHaveLength(1);
  });
});
