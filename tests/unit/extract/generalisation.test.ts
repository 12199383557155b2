/**
 * Rules that generalise the phenomena of issue 11 beyond the phrasings the development set shows,
 * each from invented sentences: future and modal clauses (guide §9), sizes in imperial units or
 * with a conversion in brackets, headline singulars, more shoot-down verbs, an opening total with
 * a participle, tally updates that name no place, one person with modifiers, aid totals by their
 * structure, per-year forms, links inside a paragraph, "Earlier," openers, serious parts, and places
 * told after the number or beside a target.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../lib/extract/extract-facts";
import { factsOf } from "./helpers";

const DAY = "2024-05-06"; // a Monday

describe("shelters: only what is built (guide §9)", () => {
  it.each([
    "Ten modular shelters are to be installed in Kharkiv by the end of the year.",
    "Kherson authorities expect to build 12 shelters near schools.",
    "The region has allocated funds to build 20 shelters in Sumy.",
    "Construction of two shelter bus stops in Kharkiv should be completed in May.",
    "An underground school is due to open in Kharkiv next month.",
    "Kharkiv is to get a second underground school.",
    "The city is set to open its fifth underground school in Zaporizhzhia in September.",
    "Poland aims to complete a 200-km barrier on its border with Belarus by June.",
  ])("reads no fact from a plan: %s", (text) => {
    expect(factsOf("shelter", text, DAY)).toEqual([]);
  });

  it("reads the built structure of one clause when another clause states a plan", () => {
    const facts = factsOf("shelter", "The town plans to build more shelters next year; a second underground school opened in Sumy on Monday.", DAY);
    expect(facts.map((f) => [f.count, f.place, f.rule])).toEqual([[1, "Sumy", "shelter.singular"]]);
  });

  it("does not take a cause ('constructed due to the tensions') for a plan", () => {
    const [f] = factsOf("shelter", "Latvia has finished a 90-kilometre-long fence on its border, constructed due to the tensions with Russia.", DAY);
    expect([f?.count, f?.lengthM, f?.country]).toEqual([1, 90000, "LV"]);
  });

  it("reads a headline's bare singular: 'Underground school opens in X'", () => {
    const [f] = factsOf("shelter", "Underground school opens in Zaporizhzhia", DAY);
    expect([f?.count, f?.place]).toEqual([1, "Zaporizhzhia"]);
  });

  it("reads sizes in feet and miles, and with a conversion in brackets", () => {
    expect(factsOf("shelter", "Estonia has erected a 13-foot fence along part of its border with Russia.", DAY).map((f) => [f.count, f.heightM])).toEqual([[1, 3.96]]);
    expect(factsOf("shelter", "Latvia has completed a 146-mile fence on its border with Belarus.", DAY)[0]?.lengthM).toBe(234964.22);
    const [f] = factsOf("shelter", "Poland completed a 5.5-metre (18-foot) high steel wall on its border with Belarus on Monday.", DAY);
    expect([f?.count, f?.heightM, f?.country]).toEqual([1, 5.5, "PL"]);
  });

  it("reads 'are ready' as done and a section's length and height", () => {
    const [f] = factsOf("shelter", "Finland's border guard said the first 35 km of the fence, more than four metres high, are ready.", DAY);
    expect([f?.count, f?.lengthM, f?.heightM, f?.country]).toEqual([1, 35000, 4, "FI"]);
  });
});

describe("drones", () => {
  it("reads 'took out' and 'liquidated' as shoot-downs", () => {
    expect(factsOf("drone", "Air defence units took out 15 drones over the Kyiv region overnight.", DAY).map((f) => [f.count, f.outcome, f.place])).toEqual([
      [15, "shot_down", "Kyiv region"],
    ]);
    expect(factsOf("drone", "Ukraine's air force said it liquidated 23 Shaheds overnight.", DAY).map((f) => [f.count, f.outcome])).toEqual([[23, "shot_down"]]);
  });

  it("reads 'Of the 120 drones launched overnight, 97 were shot down' as 97 of 120", () => {
    const [f] = factsOf("drone", "Of the 120 drones launched overnight by Russia, 97 were shot down, Ukraine's air force said.", DAY);
    expect([f?.count, f?.launched, f?.outcome]).toEqual([97, 120, "shot_down"]);
  });

  it("reads 'Of these, 38 were destroyed' after 'Russian forces launched 45 drones'", () => {
    const text = "Russian forces launched 45 Shahed drones at Ukraine overnight. Of these, 38 were destroyed by air defences.";
    expect(factsOf("drone", text, DAY).map((f) => [f.count, f.launched, f.outcome, f.country])).toEqual([[38, 45, "shot_down", "UA"]]);
  });

  it("places a tally by the regions of the next sentence that tells the same drones again", () => {
    const text = "Air surveillance tracked nine Shaheds overnight, Ukraine's air force said. All of them were shot down in the Sumy, Poltava and Kyiv regions.";
    const [f] = factsOf("drone", text, DAY);
    expect([f?.count, f?.launched, f?.outcome, f?.place]).toEqual([9, 9, "shot_down", "Sumy, Poltava and Kyiv regions"]);
  });

  it("joins 'the regions of X and Y' into one place", () => {
    const [f] = factsOf("drone", "Six drones were shot down over the central regions of Poltava and Cherkasy, the air force said.", DAY);
    expect(f?.place).toBe("Poltava and Cherkasy");
  });

  it("places a drone where it came down, not at the city it was flying at", () => {
    const [f] = factsOf("drone", "A drone that tried to attack Moscow was shot down overnight by air defence forces in the Ramensky District, the mayor said.", DAY);
    expect([f?.place, f?.country]).toEqual(["Ramensky District", "RU"]);
    const [g] = factsOf("drone", "During the attack on Izmail overnight, a Russian drone crashed in Plauru, Romania, the Romanian defence ministry said.", DAY);
    expect([g?.country, g?.place, g?.outcome]).toEqual(["RO", "Plauru", "hit"]);
  });

  it("reads an 'Earlier, ...' report without a day as background", () => {
    const text = "Ukraine shot down 20 drones overnight, the air force said on Monday.\nEarlier, it was reported that one drone had been shot down over the Sumy region.";
    expect(factsOf("drone", text, DAY).map((f) => f.count)).toEqual([20]);
  });
});

describe("injuries", () => {
  it("reads one person with up to two modifiers: 'a 63-year-old local woman', 'a police officer'", () => {
    expect(factsOf("injury", "A 63-year-old local woman was killed in the shelling of Kherson on Monday.", DAY).map((f) => [f.killed, f.injured])).toEqual([[1, null]]);
    expect(factsOf("injury", "A police officer was wounded in the strike on Kherson on Monday.", DAY).map((f) => f.injured)).toEqual([1]);
  });

  it("keeps only the update of a tally that names no place: 'The number of injured later rose to eight'", () => {
    const text = "Five people were injured in the strike on Dnipro on Monday. The number of injured later rose to eight, the governor said.";
    expect(factsOf("injury", text, DAY).map((f) => [f.injured, f.place])).toEqual([[8, "Dnipro"]]);
    const deaths = "Two people were killed in the strike on Dnipro on Monday. The death toll has since risen to five, the governor said.";
    expect(factsOf("injury", deaths, DAY).map((f) => [f.killed, f.place])).toEqual([[5, "Dnipro"]]);
  });

  it("reads a death toll with words between the noun and its verb", () => {
    const [f] = factsOf("injury", "The death toll from Monday's strike on Dnipro has risen to 12, the governor said, with 40 people wounded.", DAY);
    expect([f?.injured, f?.killed]).toEqual([40, 12]);
  });

  it("reads 'have already been injured'", () => {
    expect(factsOf("injury", "Five people have already been injured in a Russian missile strike on Kharkiv.", DAY).map((f) => [f.injured, f.place])).toEqual([[5, "Kharkiv"]]);
  });

  it("takes 'N suffered severe injuries' after a larger count as its serious part, not a second fact", () => {
    const text = "A missile hit a clinic in Sumy on Monday; 20 people were injured. Four people suffered severe injuries, the governor said.";
    expect(factsOf("injury", text, DAY).map((f) => [f.injured, f.serious])).toEqual([[20, 4]]);
  });

  it("keeps deaths told without a place when the sentence tells of a named side's attack", () => {
    const [f] = factsOf("injury", "A woman was killed in a Russian drone attack on Monday, the regional governor said.", DAY);
    expect([f?.killed, f?.country, f?.place]).toEqual([1, "UA", null]);
  });

  it("reads weekly tolls as no event", () => {
    expect(factsOf("injury", "Russian attacks killed 12 civilians across Ukraine over the past week, the UN said.", DAY)).toEqual([]);
  });

  it("states no fact from a link inside a paragraph or a bare headline under 'Read more:'", () => {
    const text = [
      "Drone attack on Sumy injures three",
      "Russian drones struck Sumy overnight, injuring three people, the governor said. Read also: Shelling of Kherson leaves five injured",
      "Read more:",
      "Russian strike on Odesa injures 12",
      "The governor added that power was restored.",
    ].join("\n");
    expect(extractFacts(text, DAY).map((f) => [f.kind, f.place])).toEqual([["injury", "Sumy"]]);
  });
});

describe("aid totals by structure (guide §8)", () => {
  it.each([
    "Germany has already provided €5 billion in military aid to Ukraine, the minister said on Monday.",
    "Japan has so far provided $7.1 billion to Ukraine.",
    "Under the financing plan, Norway will spend NOK 7.5 billion on air defence for Ukraine.",
    "With the latest package, the 21st since the war began, the value of Swedish support reaches SEK 75 billion.",
    "The Pentagon said the 55 aid packages were worth a combined $31 billion.",
    "That takes Canada's total military aid to Ukraine to C$4 billion.",
  ])("reads no new pledge from a total: %s", (text) => {
    expect(factsOf("aid", text, DAY)).toEqual([]);
  });

  it("keeps the pledge and drops the total told in the next sentence", () => {
    const text = "The Netherlands announced €300 million in new aid for Ukraine on Monday. The country had already provided €2.5 billion.";
    expect(factsOf("aid", text, DAY).map((f) => f.amount)).toEqual([300_000_000]);
  });

  it("drops the per-year form of a multi-year pledge stated sentences before", () => {
    const text = "Norway pledged NOK 75 billion to Ukraine over five years on Monday. The fund is managed by the ministry. That is an annual NOK 15 billion.";
    expect(factsOf("aid", text, DAY).map((f) => f.amount)).toEqual([75_000_000_000]);
  });

  it("reads goods stated by their value in a section about giving", () => {
    const text = "Estonia is sending artillery shells to Ukraine, the prime minister said on Monday. This will be supplemented with defence products worth over 50 million euros.";
    expect(factsOf("aid", text, DAY).map((f) => [f.amount, f.currency, f.donor])).toEqual([[50_000_000, "EUR", "EE"]]);
  });
});

describe("more structure", () => {
  it("reads a raise of support 'to' an amount as a total, keeping the new pledge", () => {
    const text = "Canada announced C$500 million in new military aid on Monday, bringing its military aid to Ukraine to C$2.4 billion.";
    expect(factsOf("aid", text, DAY).map((f) => f.amount)).toEqual([500_000_000]);
  });

  it("keeps only the later of one side's placeless counts when it says it updates", () => {
    const text = "Russia's defence ministry said on Monday morning that air defences destroyed 10 Ukrainian drones overnight. The ministry later said a total of 15 Ukrainian drones had been destroyed overnight.";
    expect(factsOf("drone", text, DAY).map((f) => [f.count, f.claimant])).toEqual([[15, "RU"]]);
  });

  it("reads 'a 20-km line of dragon's teeth' laid as one defensive structure", () => {
    const [f] = factsOf("shelter", "Lithuania has laid a 20-km line of dragon's teeth along its border with Belarus.", DAY);
    expect([f?.count, f?.lengthM, f?.country]).toEqual([1, 20000, "LT"]);
  });

  it("states no fact from a 'MORE:' or 'Most read:' link line", () => {
    const text = "Kharkiv mayor opens a park\nThe mayor spoke on Monday.\nMORE: Russian drones injure 12 people in Odesa\nMost read: Strike on Sumy kills four";
    expect(extractFacts(text, DAY)).toEqual([]);
  });
});

describe("past periods without a day", () => {
  it("reads 'last month', 'last year' and 'earlier this week' as background", () => {
    expect(factsOf("injury", "Russian attacks killed 12 civilians in Ukraine last month, the UN said.", DAY)).toEqual([]);
    expect(factsOf("aid", "Germany pledged €500 million to Ukraine last year.", DAY)).toEqual([]);
    expect(factsOf("drone", "Air defences shot down 30 drones over the Kursk region earlier this week.", DAY)).toEqual([]);
  });
});

describe("modals of capacity are no plans", () => {
  it("keeps a built shelter whose clause says what it can hold or will host", () => {
    expect(factsOf("shelter", "A new shelter that can accommodate 200 people was opened in Kharkiv on Monday.", DAY).map((f) => [f.count, f.place])).toEqual([[1, "Kharkiv"]]);
    expect(factsOf("shelter", "An underground school, which will host 900 pupils, has opened in Kharkiv.", DAY).map((f) => [f.count, f.place])).toEqual([[1, "Kharkiv"]]);
  });

  it("does not read the month May as the modal", () => {
    expect(factsOf("shelter", "A shelter was completed in Sumy in May.", DAY).map((f) => f.count)).toEqual([1]);
  });
});

describe("per-year forms anywhere in the dispatch", () => {
  it("drops 'NOK 15 billion each year' when the headline states the multi-year pledge", () => {
    const text = "Norway to give Ukraine NOK 75 billion over five years\nSource: the government\nThe government said on Monday that Ukraine will receive NOK 15 billion each year.";
    expect(factsOf("aid", text, DAY).map((f) => f.amount)).toEqual([75_000_000_000]);
  });

  it("keeps a per-year amount when no multi-year pledge is stated", () => {
    expect(factsOf("aid", "Britain will provide £3 billion a year to Ukraine, the prime minister said on Monday.", DAY).map((f) => f.amount)).toEqual([3_000_000_000]);
  });
});
