/**
 * The fifth pass on aid (guide §8, §3, §10), every sentence invented: what the amount's own clause says
 * it is (a running total, a part or a stage of a whole, money withheld, a pledge still to come or under a
 * condition), who gives when the text says "receive … from", which dollar a bare "$" is, the day a
 * later sentence gives the pledge, and when the category is left open.
 */
import { describe, expect, it } from "vitest";
import { aidCategory } from "../../../lib/extract/kinds/aid-category";
import { factsOf } from "./helpers";

const DAY = "2025-03-10"; // a Monday
const amounts = (text: string) => factsOf("aid", text, DAY).map((f) => [f.donor, f.amount, f.currency]);

describe("running totals read by aspect and structure (guide §8)", () => {
  it.each([
    ["a perfect participle", "Austria is among Ukraine's steadiest donors, having provided €900 million in humanitarian aid."],
    ["'a total of' told in the perfect", "Portugal has allocated a total of €1.2 billion in military aid to Ukraine."],
    ["the amount between 'a total of' and the perfect", "The ministry estimates a total of €640 million in overall assistance has been given to Ukraine."],
    ["aid as the subject of a verb of reaching", "Ireland's support to Ukraine has reached €400 million."],
    ["aid this year as the subject of 'amounts to'", "Belgian military aid to Ukraine this year amounts to €950 million."],
    [
      "a third party's tally over a period",
      "According to an aid tracker run by a research institute, Greece provided 210 million euros to Ukraine between January and October last year.",
    ],
  ])("no pledge for %s", (_what, text) => {
    expect(factsOf("aid", text, DAY)).toEqual([]);
  });

  it("keeps a new pledge beside the total told in its own clause or sentence", () => {
    expect(amounts("Having pledged €1 billion last year, Austria will now send €300 million in humanitarian aid to Ukraine.")).toEqual([["AT", 300e6, "EUR"]]);
    expect(amounts("Portugal has allocated a total of €120 million in a new aid package for Ukraine.")).toEqual([["PT", 120e6, "EUR"]]);
  });
});

describe("parts and stages of one pledge (guide §8; parts of a package are no separate facts)", () => {
  it("a breakdown after a colon is the parts of the whole before it", () => {
    expect(amounts("Japan will provide $900 million to Ukraine: $500 million in grants and $400 million in loans.")).toEqual([["JP", 900e6, "USD"]]);
  });

  it("the parts that add up to the whole are parts, with or without a colon", () => {
    expect(amounts("Spain will give Ukraine a €1 billion package, €700 million for air defence and €300 million for ammunition.")).toEqual([["ES", 1e9, "EUR"]]);
  });

  it("an absolute 'with X earmarked for' and a partitive 'X of it' are parts", () => {
    expect(amounts("The EU will provide €2 billion to Ukraine, with €600 million earmarked for energy repairs.")).toEqual([["EU", 2e9, "EUR"]]);
    expect(amounts("Belgium will give €600 million in military aid to Ukraine; €200 million of it will buy drones.")).toEqual([["BE", 600e6, "EUR"]]);
  });

  it("a breakdown of a whole told in an earlier sentence ('the package is split into …') is its parts", () => {
    const text =
      "Finland announced a defence package for Ukraine worth €900 million on Monday. The package is split into €600 million for air defence and €300 million for artillery.";
    expect(amounts(text)).toEqual([["FI", 900e6, "EUR"]]);
  });

  it("a stage or the remainder of a larger pledge is a part of it", () => {
    const text =
      "Austria will allocate a total of €600 million to Ukraine's reconstruction by 2032. As a first step, about €200 million will be allocated from the development budget until 2027. " +
      "The government will look for other sources for the remaining €400 million.";
    expect(amounts(text)).toEqual([["AT", 600e6, "EUR"]]);
  });

  it("another giver between two amounts makes them two pledges, not a whole and its part", () => {
    expect(amounts("Ireland pledged €500 million to Ukraine on Monday – Portugal promised €300 million on the same day.")).toEqual([
      ["IE", 500e6, "EUR"],
      ["PT", 300e6, "EUR"],
    ]);
  });

  it("a per-year figure is a restatement only beside the whole pledge", () => {
    expect(amounts("Estonia will give €250 million in aid to Ukraine over five years, €50 million a year.")).toEqual([["EE", 250e6, "EUR"]]);
    expect(amounts("Latvia will allocate €40 million annually for military aid to Ukraine until 2030.")).toEqual([["LV", 40e6, "EUR"]]);
  });
});

describe("amounts talked about, not pledged (modality)", () => {
  it.each([
    "Slovakia blocked a €500 million tranche of military aid for Ukraine.",
    "The European Commission is expected to announce a €1.5 billion tranche for Ukraine next week.",
    "If the loan falls due unpaid, Japan will provide up to $2 billion in cash to Ukraine.",
  ])("no pledge: %s", (text) => {
    expect(factsOf("aid", text, DAY)).toEqual([]);
  });

  it("a verb of withholding must govern the amount: 'help Ukraine block attacks with €500 million' pledges", () => {
    expect(amounts("Austria will help Ukraine block Russian attacks with €500 million in new air defence aid.")).toEqual([["AT", 500e6, "EUR"]]);
  });
});

describe("who gives, which dollar, which day (guide §3, §10)", () => {
  it("'Ukraine will receive X from Y' gives Y as the donor", () => {
    expect(amounts("Ukraine will receive €1.9 billion from the EU on Monday, the prime minister said.")).toEqual([["EU", 1.9e9, "EUR"]]);
    expect(amounts("Ukraine has received €2 billion from Austria for air defence.")).toEqual([["AT", 2e9, "EUR"]]);
  });

  it("a bare '$' in a headline is the marked dollar the body gives the same figure, so the two are one fact", () => {
    const text =
      "Berlin unveils new aid package for Ukraine worth $2.1 billion\n\n" +
      "Germany will send Ukraine another military aid package worth €1.4 billion (S$2.1 billion), the defence minister said on Monday.\n";
    const facts = factsOf("aid", text, DAY);
    expect(facts.map((f) => [f.amount, f.currency])).toEqual([[1.4e9, "EUR"]]);
  });

  it("dates the pledge by the day another sentence tells it was made", () => {
    const text =
      "Japan will provide $900 million in financial assistance to Ukraine, which the prime minister pledged recently.\n" +
      "The prime minister pledged the new financial support at a conference in Osaka on March 7.\n";
    expect(factsOf("aid", text, DAY).map((f) => [f.amount, f.date])).toEqual([[900e6, "2025-03-07"]]);
  });

  it("takes the category from a sentence about the pledge that states no amount", () => {
    const text =
      "Pledging further military aid to Ukraine, the prime minister met President Zelensky in Vilnius.\n\n" +
      "Norway has now donated 30 troop carriers, with the latest announcement worth NOK 500 million.\n";
    expect(factsOf("aid", text, DAY).map((f) => [f.amount, f.category])).toEqual([[500e6, "military"]]);
  });
});

describe("category: several purposes of different kinds, or an open list, give none", () => {
  it.each([
    "a fund of €2 billion in civilian, military and business aid to Ukraine",
    "donating €90 million for humanitarian efforts and reconstruction",
    "€200 million in military and humanitarian aid",
    "Ireland has allocated €50 million to Ukraine, which, among other things, will help families through the winter",
  ])("null: %s", (text) => {
    expect(aidCategory(text)).toBeNull();
  });

  it.each([
    ["humanitarian", "€300 million for humanitarian assistance to Ukraine and Ukrainian refugees in Moldova"],
    ["military", "a package of air defence and artillery ammunition worth €300 million"],
    ["financial", "€35 billion in loans to Ukraine for budget support"],
  ])("%s when the joined purposes are of one kind: %s", (category, text) => {
    expect(aidCategory(text)).toBe(category);
  });

  it("a mixed list in the amount's sentence is not overridden by the next sentence", () => {
    const text = "Austria will give €80 million to Ukraine for humanitarian efforts and reconstruction. It includes generators.";
    expect(factsOf("aid", text, DAY).map((f) => f.category)).toEqual([null]);
  });
});

describe("restatements and components within one dispatch (guide §2, §8)", () => {
  it("the recipient's thanks with a rounder figure restate the donor's pledge", () => {
    const text =
      "Austria will send another package of defence material worth about €95 million to Ukraine, the ministry said on Monday.\n\n" +
      "\"I am grateful to Austria for the decision to provide Ukraine with the new aid package worth €100 million,\" President Zelensky wrote.\n";
    expect(amounts(text)).toEqual([["AT", 95e6, "EUR"]]);
  });

  it("a component told as 'including an increase of X' is a part of the package", () => {
    const text =
      "Norway announced a military aid package worth NOK 900 million on Monday. A key part of the aid is money for industry, including an increase of NOK 300 million to a procurement pool.";
    expect(amounts(text)).toEqual([["NO", 900e6, "NOK"]]);
  });

  it("'the other X' after a whole is its remainder", () => {
    const text = "Washington announced a $1.5 billion weapons package for Ukraine on Monday. It draws $400 million from stocks. The other $1.1 billion will go toward new contracts.";
    expect(amounts(text)).toEqual([["US", 1.5e9, "USD"]]);
  });

  it("a multi-year framework a fund has already allocated is a running total", () => {
    expect(factsOf("aid", "According to the ministry, the aid fund has allocated NOK 50 billion for military support to Ukraine for 2023-2028.", DAY)).toEqual([]);
  });

  it("'this X package' whose amount the dispatch told before as no pledge stays no pledge, while a first mention stays a pledge", () => {
    const text =
      "Ukraine received the first tranche in January, out of a planned 9 billion euros.\n\nThe decision on this €9 billion aid package was a difficult one, and EU leaders agreed in mid-December.\n";
    expect(factsOf("aid", text, DAY)).toEqual([]);
    expect(amounts("This $300 million drawdown includes additional arms and munitions from U.S. stocks for Ukraine.")).toEqual([["US", 300e6, "USD"]]);
  });

  it("an exchange-rate note is no amount: '($1 = 6.97 Danish crowns)'", () => {
    const text = "Denmark will give Ukraine 700 million crowns in military aid, the ministry said. ($1 = 6.97 Danish crowns)";
    expect(amounts(text)).toEqual([["DK", 700e6, "DKK"]]);
  });
});

describe("more amounts that are no pledge: rankings, talks, money withheld after the amount", () => {
  it.each([
    "Austria is Ukraine's fifth-largest donor after Spain, with €2.8 billion in aid.",
    "Portugal, among Ukraine's steadiest supporters, has provided €500 million.",
    "A $40 billion aid package for Ukraine remains stalled in the legislature.",
    "The €30 billion package, which Slovakia has blocked for months, would fund Ukraine's budget.",
    "EU ministers are holding talks on a €10 billion loan for Ukraine.",
  ])("no pledge: %s", (text) => {
    expect(factsOf("aid", text, DAY)).toEqual([]);
  });

  it("a ranked donor's new pledge stays a pledge", () => {
    expect(amounts("Austria, Ukraine's fifth-largest donor, will provide another €200 million in humanitarian aid.")).toEqual([["AT", 200e6, "EUR"]]);
  });
});

describe("category: organisations named by a purpose word are no purpose", () => {
  it.each([
    ["humanitarian", "Austria will give €50 million in humanitarian aid to Ukraine, the Ministry of Defence said."],
    ["humanitarian", "Ireland will send €30 million in humanitarian aid for civilians, the Irish Defence Forces said."],
    ["humanitarian", "The regional military administration said Austria would give €10 million for food and medicine."],
  ])("%s: %s", (category, text) => {
    expect(aidCategory(text)).toBe(category);
  });
});

describe("the whole a tranche is drawn from, and the recipient a headline names", () => {
  it("'€1.5 billion … under the €50 billion facility' is the tranche; the facility was pledged before", () => {
    const text = "The European Commission disbursed €1.2 billion to Ukraine on Monday as part of its €40 billion support facility.";
    expect(amounts(text)).toEqual([["EU", 1.2e9, "EUR"]]);
    expect(amounts("Under a new €500 million aid agreement, Austria will supply generators to Ukraine.")).toEqual([["AT", 500e6, "EUR"]]);
  });

  it("takes Ukraine as the recipient from the dispatch's headline when the amount's sentence names none", () => {
    const text =
      "Austria plans to strengthen Ukraine's economic development over the next ten years\n\n" +
      "Details: A total of €900 million is planned to be allocated for these purposes by 2034.\n";
    expect(factsOf("aid", text, DAY).map((f) => [f.amount, f.recipient])).toEqual([[900e6, "UA"]]);
  });
});

describe("thanks that carry the only pledge", () => {
  it("keeps the figure of a thanks when the donor's other figure is a running total, not the same package", () => {
    const text =
      "Austria has given Ukraine €2 billion since 2022, the ministry said.\n\n" +
      "\"I thank Austria for the new aid package worth €100 million,\" President Zelensky wrote on Monday.\n";
    expect(amounts(text)).toEqual([["AT", 100e6, "EUR"]]);
  });
});

describe("a ranked donor announcing a package", () => {
  it("keeps the package: 'Austria, one of Ukraine's biggest backers, on Monday announced a €300 million package'", () => {
    expect(amounts("Austria, one of Ukraine's biggest backers, on Monday announced a €300 million aid package.")).toEqual([["AT", 300e6, "EUR"]]);
  });
});

describe("pledges in the perfect that are no totals", () => {
  it.each([
    ["a multi-year pledge told in the perfect without a fund as its subject", "Austria has pledged €750 million to Ukraine over five years.", 750e6],
    ["'a total of' for one package", "Austria has allocated a total of €120 million for its 20th aid package to Ukraine.", 120e6],
  ])("keeps %s", (_what, text, amount) => {
    expect(factsOf("aid", text, DAY).map((f) => f.amount)).toEqual([amount]);
  });
});

describe("conditions after the amount, sales and payouts", () => {
  it.each([
    "Austria will send defence materiel worth €90 million to Ukraine, if the parliament approves the proposal.",
    "Ukraine will receive the next €6 billion from the EU only if it meets the conditions.",
    "The State Department approved the possible sale of $300 million in equipment to Ukraine.",
  ])("no pledge: %s", (text) => {
    expect(factsOf("aid", text, DAY)).toEqual([]);
  });

  it("keeps a payout to Ukraine: 'The EU paid out €3.1 billion to Ukraine on Monday'", () => {
    expect(amounts("The EU paid out €3.1 billion to Ukraine under its support facility on Monday.")).toEqual([["EU", 3.1e9, "EUR"]]);
  });
});

describe("givers named by their parliament or a leader's announcement", () => {
  it("a national parliament's vote gives its country: 'The Storting approved NOK 5 billion'", () => {
    expect(amounts("The Storting approved NOK 5 billion in military aid for Ukraine.")).toEqual([["NO", 5e9, "NOK"]]);
    expect(amounts("The Bundestag approved €2 billion in military aid for Ukraine.")).toEqual([["DE", 2e9, "EUR"]]);
  });

  it("an announcement of money for Ukraine is aid: 'Austrian Chancellor … announced €20 million for Ukraine's air defence'", () => {
    expect(amounts("Austrian Chancellor Karl Nehammer announced €20 million for Ukraine's air defence.")).toEqual([["AT", 20e6, "EUR"]]);
  });
});
