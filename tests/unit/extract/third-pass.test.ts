/**
 * The third pass on the error classes left after the second (docs/extraction.md), each from
 * invented sentences: people enumerated one by one, relative clauses, deaths and injured of one
 * event in different sentences, a clause about another event, a dated event whose count follows,
 * parts of an aid package and packages under discussion, the builder of a border structure,
 * "N of them were destroyed over X", passives, and places (districts of a city, landmarks,
 * anaphors with a modifier, joined regions with a descriptive word).
 */
import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers";

const DAY = "2024-05-06"; // a Monday

describe("injuries: counting people and joining one event", () => {
  it.each([
    ["In Sumy, a woman and her three-year-old daughter were killed in a Russian strike.", 2],
    ["A man and his two sons were killed by shelling in Kherson.", 3],
    ["A man and a woman were killed in a drone attack on Nikopol.", 2],
    ["An elderly man was killed by shelling in Kherson.", 1],
  ])("counts the people named one by one: %s", (text, killed) => {
    const facts = factsOf("injury", text, DAY);
    expect(facts.map((f) => f.killed)).toEqual([killed]);
  });

  it("counts a group told in parts whole: 'two men and a woman', 'three adults and two children'", () => {
    expect(factsOf("injury", "Two men and a woman were injured in a Russian strike on Kherson.", DAY).map((f) => f.injured)).toEqual([3]);
    expect(factsOf("injury", "Three adults and two children were killed in Kharkiv.", DAY).map((f) => f.killed)).toEqual([5]);
    // Two counts of two roles stay apart.
    const [f] = factsOf("injury", "Two people were killed and a woman was injured in Sumy.", DAY);
    expect([f?.injured, f?.killed]).toEqual([1, 2]);
  });

  it("counts a relative named by a possessive as one: 'killing a man and wounding his wife'", () => {
    const [f] = factsOf("injury", "Russian forces shelled Nikopol, killing a 67-year-old man and wounding his wife.", DAY);
    expect([f?.injured, f?.killed, f?.place]).toEqual([1, 1, "Nikopol"]);
  });

  it("reads a death toll framed by up to eight words before its verb", () => {
    const [f] = factsOf("injury", "The death toll from the Russian missile strike on Dnipro has risen to 15, with 63 people injured.", DAY);
    expect([f?.injured, f?.killed]).toEqual([63, 15]);
  });

  it("keeps deaths and injured apart when each count names its own place", () => {
    const facts = factsOf("injury", "Two people were killed in Sumy and three others were injured in Poltava.", DAY);
    expect(facts.map((f) => [f.injured, f.killed, f.place])).toEqual([
      [3, null, "Poltava"],
      [null, 2, "Sumy"],
    ]);
  });

  it("counts 'a man and a woman were injured' as two injured", () => {
    const [f] = factsOf("injury", "A man and a woman were injured in Kharkiv after a missile strike.", DAY);
    expect([f?.injured, f?.place]).toEqual([2, "Kharkiv"]);
  });

  it("reads the verb past a relative clause between the person and it", () => {
    const [f] = factsOf("injury", "A local resident who was tending his garden was wounded in the village of Bilozerka by shelling.", DAY);
    expect([f?.injured, f?.place]).toEqual([1, "Bilozerka"]);
    const [k] = factsOf("injury", "A man who was driving to work was killed in Nikopol, the governor said.", DAY);
    expect([k?.killed, k?.place]).toEqual([1, "Nikopol"]);
  });

  it("reads 'required hospital treatment' and 'received medical help' as injured", () => {
    expect(factsOf("injury", "Eleven people required hospital treatment in Uman after the strike.", DAY).map((f) => f.injured)).toEqual([11]);
    expect(factsOf("injury", "In Sumy, four people received medical help after the drone attack.", DAY).map((f) => f.injured)).toEqual([4]);
  });

  it("joins deaths and the injured of the same place told in different sentences", () => {
    const text =
      "Nine people were killed in an attack on a block of flats in Uman. The mayor said the block was among ten damaged buildings in Uman. " +
      "Officials said a boy born in 2013 was among them and another 11 people required hospital treatment in the city.";
    const facts = factsOf("injury", text, DAY);
    expect(facts.map((f) => [f.injured, f.killed, f.place])).toEqual([[11, 9, "Uman"]]);
  });

  it("keeps deaths at one place apart from the injured at another", () => {
    const facts = factsOf("injury", "Two people were killed in Kherson on Monday. In Kharkiv, five people were injured.", DAY);
    expect(facts.map((f) => [f.injured, f.killed, f.place])).toEqual([
      [null, 2, "Kherson"],
      [5, null, "Kharkiv"],
    ]);
  });

  it("gives a clause about another event its own deaths and day", () => {
    const text =
      "Children in Kharkiv returned to school. On the same day, a Russian strike injured 13 people, and another attack on Friday resulted in seven deaths when a glide bomb hit a high-rise.";
    const facts = factsOf("injury", text, DAY);
    expect(facts.map((f) => [f.injured, f.killed, f.date, f.place])).toEqual([
      [13, null, DAY, "Kharkiv"],
      [null, 7, "2024-05-03", "Kharkiv"],
    ]);
  });

  it("keeps deaths and injured of the sentences before apart when a separate attack or another day is told", () => {
    const separate = factsOf("injury", "In Kharkiv, four people were killed. In a separate attack on Kharkiv, nine were wounded.", DAY);
    expect(separate.map((f) => [f.injured, f.killed])).toEqual([
      [null, 4],
      [9, null],
    ]);
    const days = factsOf("injury", "Three people were killed in Odesa on Sunday. On Tuesday, a drone attack on Odesa injured five people.", DAY);
    expect(days.map((f) => [f.injured, f.killed, f.date])).toEqual([
      [null, 3, "2024-05-05"],
      [5, null, "2024-04-30"],
    ]);
    const same = factsOf("injury", "Eleven people were killed in Kharkiv. The attack also injured 84 people.", DAY);
    expect(same.map((f) => [f.injured, f.killed])).toEqual([[84, 11]]);
  });

  it("keeps 'killed and another six wounded' one event ('another' counts people, not an attack)", () => {
    const facts = factsOf("injury", "Two civilians were killed and another six wounded in Russian attacks on the Kherson region.", DAY);
    expect(facts.map((f) => [f.injured, f.killed, f.place])).toEqual([[6, 2, "Kherson region"]]);
  });

  it("gives a count with no place or day the place and day of the earlier dated event before it", () => {
    const text = "Explosions are frequent in Belgorod.\n\nOn 30 March, debris fell in the city centre after an air defence response. Officials reported five dead and 40 injured.";
    const [f] = factsOf("injury", text, DAY);
    expect([f?.injured, f?.killed, f?.date, f?.place, f?.country]).toEqual([40, 5, "2024-03-30", "Belgorod", "RU"]);
  });

  it("does not borrow the report day's event for a count that names no place", () => {
    const text = "Ukrainian drones attacked a depot in Slavyansk-na-Kubani overnight, officials said on Monday. Two people were killed and five wounded, they said.";
    const [f] = factsOf("injury", text, DAY);
    expect([f?.injured, f?.killed, f?.place]).toEqual([5, 2, null]);
  });

  it("places 'the Thursday strike' and 'Monday's attack' where the strike was told", () => {
    const [f] = factsOf("injury", "A car was hit in the Russian city of Kursk on Thursday. The governor said three people have been injured in the Thursday strike.", DAY);
    expect([f?.injured, f?.place, f?.date]).toEqual([3, "Kursk", "2024-05-02"]);
  });

  it("places deaths 'in the separatist-run city' at the city its mayor is of", () => {
    const [f] = factsOf("injury", "The mayor of Donetsk said seven people were killed in the separatist-run city when shells hit a minibus.", DAY);
    expect([f?.killed, f?.place, f?.country]).toEqual([7, "Donetsk", "UA"]);
  });

  it("places a count in a city's district, written 'X district of City' or 'City's X district'", () => {
    expect(factsOf("injury", "Debris fell in the Solomianskyi district of Kyiv, injuring three people.", DAY).map((f) => f.place)).toEqual(["Solomianskyi district of Kyiv"]);
    expect(factsOf("injury", "Two people were injured in Kyiv's Darnytskyi district after debris fell.", DAY).map((f) => f.place)).toEqual(["Darnytskyi district"]);
  });

  it("takes the district a later mention names over the region the first referred back to", () => {
    const text = "Russian forces attacked the Kyiv region overnight. The strikes left one person injured, the governor said. According to him, a woman was injured in Vyshhorod district.";
    const facts = factsOf("injury", text, DAY);
    expect(facts.map((f) => [f.injured, f.place])).toEqual([[1, "Vyshhorod district"]]);
  });
});

describe("aid: parts and talks are no pledges (guide §8)", () => {
  it("reads the parts of a package told as 'will go to' and 'is earmarked for' as no separate pledges", () => {
    const text = "Norway will give NOK 300 million in humanitarian aid to Ukraine. NOK 200 million will go to the World Food Programme, and another NOK 100 million is earmarked for the Red Cross.";
    expect(factsOf("aid", text, DAY).map((f) => [f.amount, f.currency])).toEqual([[300000000, "NOK"]]);
  });

  it("reads the parts of a package within its sentence, the verb of destination elided for the second", () => {
    const text = "The EU will allocate €50 billion to Ukraine for 2024-2027; €33 billion will go to loans and €17 billion to grants.";
    expect(factsOf("aid", text, DAY).map((f) => f.amount)).toEqual([50000000000]);
  });

  it("keeps an amount that 'will go to' Ukraine when no larger package was told before", () => {
    const facts = factsOf("aid", "Another €50 million in military aid from Spain will go to Ukraine's air defence, the minister said.", DAY);
    expect(facts.map((f) => [f.amount, f.donor])).toEqual([[50000000, "ES"]]);
  });

  it("reads a verb of granting with Ukraine named as aid, but not a budget", () => {
    expect(factsOf("aid", "The Czech government approved CZK 500 million for the ammunition initiative for Ukraine.", DAY).map((f) => [f.amount, f.donor])).toEqual([
      [500000000, "CZ"],
    ]);
    expect(factsOf("aid", "The Russian parliament approved a budget of 36 trillion roubles.", DAY)).toEqual([]);
  });

  it.each([
    "Defence ministers met on Monday to discuss a new package of aid to Ukraine which could be worth €5 billion.",
    "EU ministers will discuss the allocation of a €20 billion military aid package for Ukraine next week.",
  ])("reads no pledge from a package under discussion: %s", (text) => {
    expect(factsOf("aid", text, DAY)).toEqual([]);
  });
});

describe("shelters: the builder and a size told later", () => {
  it("takes the subject of the building verb, not a country named for comparison", () => {
    const text = "Following Finland, Norway built a fence on its border with Russia. The construction of the fence with a length of 200 km and a height of 3 m was completed in May.";
    const [f] = factsOf("shelter", text, DAY);
    expect([f?.country, f?.count, f?.lengthM, f?.heightM]).toEqual(["NO", 1, 200000, 3]);
    expect(factsOf("shelter", "Like Latvia, Estonia has completed a 40-km fence on its border.", DAY).map((x) => x.country)).toEqual(["EE"]);
  });

  it("takes the builder of the structure's own clause when several countries build", () => {
    const text = "Poland and Lithuania have built fences along their borders with Belarus; Latvia completed a 145-kilometre fence this week.";
    expect(factsOf("shelter", text, DAY).map((f) => [f.country, f.lengthM])).toEqual([["LV", 145000]]);
  });

  it("reads 'the village of X, Y region' as the village, not a list of regions", () => {
    const [f] = factsOf("shelter", "Workers installed three concrete shelters in the village of Velyka Pysarivka, Sumy region.", DAY);
    expect([f?.count, f?.place]).toEqual([3, "Velyka Pysarivka"]);
  });

  it("places a shelter in the district of a city the sentence names", () => {
    const [f] = factsOf("shelter", "A school in the Zavodskyi district of Mykolaiv now has a new shelter.", DAY);
    expect([f?.count, f?.place, f?.country]).toEqual([1, "Zavodskyi district of Mykolaiv", "UA"]);
  });
});

describe("drones: parts after a total, passives, landmarks", () => {
  it("reads 'nine of them were destroyed over Kursk' after a total as a part placed by its region", () => {
    const text = "Russia said on Sunday it had destroyed 20 Ukrainian drones over the Kursk and Oryol border regions. The ministry said that nine of them were destroyed over Kursk.";
    const facts = factsOf("drone", text, DAY);
    expect(facts.map((f) => [f.count, f.outcome, f.place, f.country])).toEqual([
      [20, "shot_down", "Kursk and Oryol regions", "RU"],
      [9, "shot_down", "Kursk", "RU"],
    ]);
  });

  it("reads a passive with the drone as the agent as a hit", () => {
    expect(factsOf("drone", "A bus was hit by a Russian drone in the city of Nikopol on Monday, the governor said.", DAY).map((f) => [f.count, f.outcome, f.place])).toEqual([
      [1, "hit", "Nikopol"],
    ]);
    expect(factsOf("drone", "An apartment block in Kursk was struck by two Ukrainian drones.", DAY).map((f) => [f.count, f.outcome, f.country])).toEqual([
      [2, "hit", "RU"],
    ]);
  });

  it("places drones over a sea near a coast at the sea, in the coast's country", () => {
    const [f] = factsOf("drone", "Russian air defence destroyed eight drones over the Black Sea near the coast of annexed Crimea overnight.", DAY);
    expect([f?.count, f?.place, f?.country]).toEqual([8, "Black Sea", "UA"]);
  });

  it("places no drones at a list of origins, and takes Russia as the owner of Shaheds named before", () => {
    const text =
      "On the night of 5 May, the enemy attacked with 93 Shahed-type UAVs from the directions of Kursk, Bryansk and Millerovo. As of 09:00, 60 drones were shot down in the north, south and east of the country.";
    expect(factsOf("drone", text, DAY).map((f) => [f.count, f.launched, f.outcome, f.country, f.place])).toEqual([[60, 93, "shot_down", "UA", null]]);
  });

  it("keeps the most specific place when 'near' comes first", () => {
    const [f] = factsOf("drone", "A drone was shot down near Bila Tserkva in the Kyiv region.", DAY);
    expect(f?.place).toBe("Bila Tserkva");
  });

  it("places drone wreckage in a neighbour's district, not its village's outskirts", () => {
    const [f] = factsOf("drone", "In Moldova, the wreckage of a drone was found in the Falesti district on the outskirts of the village of Pompa.", DAY);
    expect([f?.count, f?.outcome, f?.country, f?.place]).toEqual([1, "hit", "MD", "Falesti district"]);
  });
});
