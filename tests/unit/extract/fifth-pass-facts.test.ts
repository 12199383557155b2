/**
 * The fifth pass on which facts are proposed (precision and recall), each rule from invented
 * sentences: one fact for a figure repeated at two scales of place, preliminary, earlier and rival
 * figures of one tally, parts of a count (in hospital, at home), serious counts told later,
 * running totals by their frame, a group's figure, a donor's own dollar, gapped, bracketed and
 * distributive breakdowns of drones, installed-so-far parts, and a head noun that refers back to
 * an underground school. Place choice itself is not tested here.
 */
import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers";

const DAY = "2025-03-12"; // a Wednesday

describe("a figure repeated with a less specific place is one fact (guide §2)", () => {
  it("the region of the lead and the town of the body, the day stated in one of them", () => {
    const text =
      "Five people were injured in the Sumy region after Russian shelling.\n\n" +
      "Russian shelling injured five people in the town of Okhtyrka in the Sumy region on Tuesday, the governor said.";
    const facts = factsOf("injury", text, DAY);
    expect(facts.map((f) => [f.injured, f.place, f.date])).toEqual([[5, "Okhtyrka", "2025-03-11"]]);
  });

  it("a village no gazetteer knows, named in the body, restates the lead's regional figure", () => {
    const text =
      "A drone attack on the Kursk region has left three people wounded, the governor said.\n\n" +
      "Three civilians were injured when a drone struck the village of Zarichnevo in the Glushkovo district.";
    expect(factsOf("injury", text, DAY).map((f) => f.injured)).toEqual([3]);
  });

  it("two places in two regions stay two facts", () => {
    const text = "Two people were injured in the Kharkiv region. In the Sumy region, two people were injured in Konotop.";
    expect(factsOf("injury", text, DAY)).toHaveLength(2);
  });

  it("a sentence that tells another event is no restatement of the lead", () => {
    const text =
      "A man was killed in the Kherson region on Tuesday, the governor said.\n\n" +
      "Meanwhile, a 60-year-old man was killed by shelling in the Dniprovskyi district.";
    expect(factsOf("injury", text, DAY)).toHaveLength(2);
  });
});

describe("one tally: preliminary, earlier and rival figures (guide §2)", () => {
  it("a preliminary figure the same official gave earlier in the day yields to the later one", () => {
    const text =
      "Six people were injured in a night strike on Kupiansk, the governor said on Wednesday.\n\n" +
      "Earlier in the day, he said that two people were wounded, according to preliminary information.";
    expect(factsOf("injury", text, DAY).map((f) => f.injured)).toEqual([6]);
  });

  it("'later clarified the report' with 'hit a total of N people': the corrected figure, with the deaths told before", () => {
    const text =
      "Two civilians were killed and nine injured in shelling of Vovchansk, the governor said on Wednesday.\n" +
      "Later, the regional health chief clarified the report, saying that the attack had hit a total of 12 people.";
    const facts = factsOf("injury", text, DAY);
    expect(facts.map((f) => [f.injured, f.killed])).toEqual([[12, 2]]);
  });

  it("an earlier report gives its unrevised deaths to the current figure and is no fact itself", () => {
    const text =
      "The number of injured in Zaporizhzhia has risen to 20.\n\n" +
      "Earlier, the head of the regional administration reported 11 wounded and one dead in the city.";
    const facts = factsOf("injury", text, DAY);
    expect(facts.map((f) => [f.injured, f.killed])).toEqual([[20, 1]]);
  });

  it("'As reported, …' recalls an earlier report: no fact of its own", () => {
    expect(factsOf("injury", "As reported, Russian troops shelled the Kherson region, killing two civilians.", DAY)).toEqual([]);
    expect(factsOf("shelter", "As reported, a shelter for 500 people was built in a school in the Kyiv region.", DAY)).toEqual([]);
  });

  it("an earlier report after a linked headline still gives its deaths to the current figure (the headline lends no place)", () => {
    const text =
      "The number of injured in Kryvyi Rih has grown to nine after a missile attack on the city.\n\n" +
      "Read also: Drone hits house in Sumy region: two injured\n\n" +
      "Earlier reports said the attack caused a fire and claimed one life.";
    expect(factsOf("injury", text, DAY).map((f) => [f.injured, f.killed])).toEqual([[9, 1]]);
  });

  it("'At the end of February, another shelter was opened' is background (a month with no day, before the report's)", () => {
    expect(factsOf("shelter", "At the end of February, another shelter for a school was opened in Mykolaiv.", DAY)).toEqual([]);
  });

  it("counts under a 'Recall' heading are earlier reports", () => {
    const text = "Kyiv opens new shelter\n\nA shelter was opened in a Kyiv school on Wednesday.\n\nRecall\n\nA shelter was built in a lyceum in Bucha.";
    expect(factsOf("shelter", text, DAY)).toHaveLength(1);
  });

  it("a rival figure of the same side told with 'However' does not replace the breakdown's", () => {
    const text =
      "The defence ministry said 20 drones were destroyed over the Belgorod Region and 12 over the Bryansk Region.\n\n" +
      "However, the governor of the Bryansk Region said that nine drones were downed over the region.";
    const bryansk = factsOf("drone", text, DAY).filter((f) => f.place?.startsWith("Bryansk"));
    expect(bryansk.map((f) => f.count)).toEqual([12]);
  });
});

describe("parts of a count are no second fact (guide §1, §2)", () => {
  it("people in hospital beside the injured count of their sentence", () => {
    expect(factsOf("injury", "In Dnipro, the number of people injured in the attack has risen to 30, with 14 hospitalized.", DAY).map((f) => f.injured)).toEqual([30]);
  });

  it("a headline counting those in hospital beside a larger injured count in the body", () => {
    const text =
      "Nine people hospitalized after shelling of Kherson\n\n" +
      "Russian shelling of Kherson injured 15 people on Tuesday, the governor said. Nine of them are in hospital, six are at home.";
    expect(factsOf("injury", text, DAY).map((f) => f.injured)).toEqual([15]);
  });
});

describe("serious counts (guide §6)", () => {
  it("'in an extremely grave condition' a few sentences after the count", () => {
    const text =
      '"We have 18 people injured after the shelling of Belgorod. Ten of them are already at home. Eight are in the hospital. ' +
      'Three men are in an extremely grave condition," the governor wrote.';
    const [f] = factsOf("injury", text, DAY);
    expect([f?.injured, f?.serious]).toEqual([18, 3]);
  });

  it("'the man taken to hospital … is in serious condition now' is one serious", () => {
    const text =
      "Three people were injured in shelling of Nikopol on Wednesday. Everyone is receiving help. " +
      "The woman taken to hospital received shrapnel wounds and is in serious condition now.";
    const [f] = factsOf("injury", text, DAY);
    expect([f?.injured, f?.serious]).toEqual([3, 1]);
  });

  it("'the condition of two … is assessed as serious'", () => {
    const text = "There are 21 injured in Sumy after the strike. The condition of two local nurses is assessed as serious.";
    const [f] = factsOf("injury", text, DAY);
    expect([f?.injured, f?.serious]).toEqual([21, 2]);
  });
});

describe("deaths and casualty verbs", () => {
  it("'claimed one life' and a reduced relative before the verb", () => {
    expect(factsOf("injury", "The Russian strike claimed one life in Izium, the mayor said.", DAY).map((f) => f.killed)).toEqual([1]);
    const [f] = factsOf("injury", "A man living near the border in the Kharkiv region died after a drone attack on Tuesday.", DAY);
    expect(f?.killed).toBe(1);
  });

  it("'hit N people' counts people, not buildings", () => {
    expect(factsOf("injury", "The attack hit a total of 7 people in Kherson on Tuesday.", DAY).map((f) => f.injured)).toEqual([7]);
    expect(factsOf("injury", "The attack hit 7 houses in Kherson on Tuesday.", DAY)).toEqual([]);
  });

  it("a count with no place takes the country of its section when the attack was told before", () => {
    const text = "Kyiv City Military Administration chief reported damage in the capital.\n\nIn the Podilskyi district, drone debris fell on a car. One person was injured.";
    expect(factsOf("injury", text, DAY).map((f) => [f.injured, f.country])).toEqual([[1, "UA"]]);
  });
});

describe("war-wide and running totals (guide §6, §8, §9)", () => {
  it("'since 24 February 2022' and 'since February 24, 2022'", () => {
    expect(factsOf("injury", "More than 11,000 civilians have been killed and over 25,000 injured since 24 February 2022, the UN said.", DAY)).toEqual([]);
    expect(factsOf("injury", "Over 9,000 civilians were wounded since February 24, 2022, in Ukraine.", DAY)).toEqual([]);
  });

  it("a since-phrase set off by commas frames the count after it", () => {
    expect(factsOf("shelter", "According to the minister, since the beginning of the year, 210 shelters have been built in Ukraine.", DAY)).toEqual([]);
  });

  it("'In total, … have already been equipped' is a stock of shelters", () => {
    expect(factsOf("shelter", "In total, more than 900 shelters have already been equipped in schools of the Kyiv region.", DAY)).toEqual([]);
  });
});

describe("aid: who gives, in which dollar (guide §8, §10)", () => {
  it("an alliance's members as subject give no single donor's pledge", () => {
    const text =
      "Canada announced a $50 million aid package for Ukraine on Wednesday.\n\n" +
      "The NATO chief said the alliance's members are on track to deliver almost $40 billion in assistance to Ukraine.";
    expect(factsOf("aid", text, DAY).map((f) => f.amount)).toEqual([50e6]);
  });

  it("a bare '$' of a Canadian or Australian donor is that country's dollar; 'US$' stays", () => {
    expect(factsOf("aid", "Canada will provide $20 million in military aid to Ukraine.", DAY).map((f) => f.currency)).toEqual(["CAD"]);
    expect(factsOf("aid", "Australia will give $15 million in humanitarian aid to Ukraine.", DAY).map((f) => f.currency)).toEqual(["AUD"]);
    expect(factsOf("aid", "Canada will provide US$20 million in military aid to Ukraine.", DAY).map((f) => f.currency)).toEqual(["USD"]);
  });

  it("the same pledge restated in a quoted release with '$' is one fact", () => {
    const text =
      "Canada is providing 40 million Canadian dollars ($29 million) in military assistance to Ukraine, the ministry announced.\n" +
      "“Canada will provide about $40 million in military assistance to Ukraine,” the press release says.";
    expect(factsOf("aid", text, DAY)).toHaveLength(1);
  });
});

describe("drones: breakdowns told in other shapes (guide §2, §7)", () => {
  it("a gapped list: '12 drones were destroyed in X Oblast, five in Y Oblast and five in Z Oblast'", () => {
    const text = "The ministry said 12 drones were destroyed in Bryansk Oblast, five in Kursk Oblast and five in Oryol Oblast.";
    expect(factsOf("drone", text, DAY).map((f) => [f.count, f.place])).toEqual([
      [12, "Bryansk Oblast"],
      [5, "Kursk Oblast"],
      [5, "Oryol Oblast"],
    ]);
  });

  it("'an attempt … to attack using 20 drones was thwarted' is 20 downed of 20, in the country the sentence names", () => {
    const [f] = factsOf("drone", "Overnight, an attempt by the enemy to carry out an attack using 20 unmanned aerial vehicles on targets on Russia's territory was thwarted.", DAY);
    expect([f?.count, f?.launched, f?.outcome, f?.country]).toEqual([20, 20, "shot_down", "RU"]);
  });

  it("the one drone launched, told later as 'the detonation of the drone', is a hit", () => {
    const text = "Ukrainian troops attacked the village of Krasnoye in the Belgorod region using a drone. Two men were injured by the detonation of the drone near a shop.";
    const [f] = factsOf("drone", text, DAY);
    expect([f?.count, f?.outcome, f?.launched]).toEqual([1, "hit", null]);
  });

  it("counts in brackets after each place", () => {
    const text = "Air defences destroyed drones over the territories of Belgorod (three drones), Kursk (one drone) and Tula (seven drones) regions.";
    expect(factsOf("drone", text, DAY).map((f) => f.count)).toEqual([3, 1, 7]);
  });

  it("'one drone over each of A and B' is one per place; missiles in the list are no drones", () => {
    const text = "Air defences destroyed 10 drones and 3 tactical missiles over Kursk territory, 4 drones over Belgorod and one drone over each of Bryansk and Oryol.";
    const facts = factsOf("drone", text, DAY);
    expect(facts.map((f) => [f.count, f.place])).toEqual([
      [10, "Kursk"],
      [4, "Belgorod"],
      [1, "Bryansk"],
      [1, "Oryol"],
    ]);
  });

  it("a total is not placed by its first part; 'another drone' later stays its own fact", () => {
    const text =
      "Russian air defences downed three drones over the Kursk and Belgorod Regions, the ministry said on Wednesday.\n\n" +
      '"Air defences destroyed three drones - two over the Kursk Region and one over the Belgorod Region."\n\n' +
      "The ministry later added that another drone was downed on Wednesday morning over the Bryansk Region.";
    const facts = factsOf("drone", text, DAY);
    expect(facts.map((f) => f.count).sort()).toEqual([1, 1, 2, 3]);
    expect(facts.filter((f) => f.count === 3)).toHaveLength(1);
  });

  it("'including N over the X region' after drones downed is a placed part; 'the destruction of N drones' a shoot-down", () => {
    const text = "The ministry said air defences had downed drones over six regions, including 9 over the Bryansk region.";
    expect(factsOf("drone", text, DAY).map((f) => [f.count, f.place, f.outcome])).toEqual([[9, "Bryansk region", "shot_down"]]);
    const [f] = factsOf("drone", "The ministry announced the destruction of 28 Ukrainian drones over Russian regions overnight.", DAY);
    expect([f?.count, f?.outcome]).toEqual([28, "shot_down"]);
  });
});

describe("headlines and shelters", () => {
  it("a headline inside the text whose figure the story never tells is a linked story's (guide §5)", () => {
    const text =
      "In the Obolonskyi district, debris hit a car in Kyiv, injuring one person.\n\n" +
      "Drone attack on Odesa: port damaged, four injured\n\n" +
      "In the Darnytskyi district, debris fell on a road. No casualties were reported.";
    expect(factsOf("injury", text, DAY).map((f) => f.injured)).toEqual([1]);
  });

  it("the installed part of a delivered lot told in the perfect, with no day, is progress (stock), the past tense an event", () => {
    expect(factsOf("shelter", "Elements for the first 30 bunkers have arrived in Latvia, ten of which have been installed.", DAY)).toEqual([]);
    expect(factsOf("shelter", "Elements for the first 30 bunkers have arrived in Latvia, ten of which were installed.", DAY).map((f) => f.count)).toEqual([10]);
  });

  it("'opened two schools' after underground schools were named refers back to them", () => {
    const text =
      "Underground schools let children study safely in Zaporizhzhia.\n\n" +
      "The mayor said on Wednesday: “Today we opened two schools in the Shevchenkivskyi district.”";
    expect(factsOf("shelter", text, DAY).map((f) => f.count)).toEqual([2]);
    expect(factsOf("shelter", "Today we opened two schools in Zaporizhzhia.", DAY)).toEqual([]);
  });

  it("a headline's 'to be built' is a plan", () => {
    expect(factsOf("shelter", "Three more underground schools to be built in Kharkiv by September", DAY)).toEqual([]);
  });

  it("a border fence's neighbour is not its builder, who was named as subject before", () => {
    const text =
      "Estonia completes first part of border fence with Russia\n\n" +
      "The Baltic country has just finished building the first 40 km of its new border fence with Russia.";
    expect(factsOf("shelter", text, DAY).map((f) => [f.country, f.lengthM])).toEqual([["EE", 40000]]);
  });
});
