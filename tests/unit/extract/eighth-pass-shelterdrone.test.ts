/**
 * The eighth pass, shelters and drones (every sentence invented). Each rule is stated from the annotation guide:
 * what is built underground is a shelter whatever people do in it, a headline in title case, a structure told in
 * the future; sea drones, the debris of one drone, a drone downed that then crashed, a total and its parts told one
 * sentence each; and who speaks for a count: officials known by office or surname, and a report carried on.
 */
import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers";

const DAY = "2025-03-12"; // a Wednesday

describe("an underground facility of any kind of learning or care is a shelter (guide §9)", () => {
  it.each([
    "A new underground education centre for children opened in Izium on Monday.",
    "On Monday the city of Sumy opened its largest underground learning space.",
    "An underground lyceum was opened in the village of Pechenihy on 10 March.",
    "The first underground maternity ward of the region was commissioned in Kharkiv on Monday.",
  ])("%s", (text) => {
    expect(factsOf("shelter", text, DAY).map((f) => [f.count, f.country])).toEqual([[1, "UA"]]);
  });

  it.each([
    "An underground car park opened in Kharkiv on Monday.",
    "A new underground gas storage facility was commissioned in the Lviv region on Monday.",
    "Kharkiv plans to build a new underground education centre next year.",
    "The underground learning space in Sumy can take 80 pupils at once.",
  ])("no structure built: %s", (text) => {
    expect(factsOf("shelter", text, DAY)).toEqual([]);
  });
});

describe("a headline in title case names one structure done (guide §9)", () => {
  const story = (headline: string) => `${headline}\n\nMykolaiv keeps equipping shelters in its schools so that children can study safely.`;

  it.each([
    "Another Kindergarten Shelter Equipped in the Zavodskyi District",
    "Yet Another School Shelter Handed Over in Mykolaiv",
    "New Underground Learning Centre Put Into Operation in Mykolaiv",
  ])("%s", (headline) => {
    expect(factsOf("shelter", story(headline), DAY).map((f) => [f.count, f.country])).toEqual([[1, "UA"]]);
  });

  it("a capitalised 'Shelter' in running text is a name, not a structure", () => {
    expect(factsOf("shelter", "The Safe Shelter fund opened an office in Kyiv on Monday.", DAY)).toEqual([]);
  });

  it("a headline of a plan is no fact", () => {
    expect(factsOf("shelter", story("Another Kindergarten Shelter to Be Equipped in Mykolaiv"), DAY)).toEqual([]);
  });
});

describe("a structure described as it will be is not built (guide §9: plans are no facts)", () => {
  it.each([
    "Poland has started building a fence on the border. According to the minister, the fence will be 2.5 m high and equipped with barbed wire.",
    "Poland has started building a barrier on the border. The barrier will consist of three rows of razor wire and will stretch 200 km.",
    "Latvia has begun work on its border fence, which is to have a height of 3 m.",
  ])("%s", (text) => {
    expect(factsOf("shelter", text, DAY)).toEqual([]);
  });

  it("a fence built, with its size told in the present, stays a fact", () => {
    const facts = factsOf("shelter", "Poland has completed a fence on the border with Belarus. The fence is 5.5 m high and equipped with motion sensors.", DAY);
    expect(facts.map((f) => [f.count, f.country, f.heightM])).toEqual([[1, "PL", 5.5]]);
  });

  it("a use told in the future does not undo a structure opened", () => {
    const facts = factsOf("shelter", "Two shelters were opened in Dnipro on Monday; each will be used by 300 pupils.", DAY);
    expect(facts.map((f) => f.count)).toEqual([2]);
  });
});

describe("sea and ground drones are no drones (guide §7)", () => {
  it.each([
    "The Russian defence ministry said it destroyed two Ukrainian naval drones in the Black Sea.",
    "Ukraine's navy said it struck a Russian ship with a sea drone near Novorossiysk.",
    "The Russian defence ministry said it destroyed three drone boats in the Black Sea.",
    "Russia said its forces destroyed four ground drones near Pokrovsk.",
    "Russia said it shot down five maritime drones and one underwater drone near Sevastopol.",
  ])("%s", (text) => {
    expect(factsOf("drone", text, DAY)).toEqual([]);
  });

  it("aerial drones in the same story stay facts, and a launch from the ground is still a flight", () => {
    const facts = factsOf("drone", "The Russian defence ministry said air defences destroyed 12 Ukrainian drones over the Bryansk region and two naval drones in the Black Sea.", DAY);
    expect(facts.map((f) => [f.count, f.outcome])).toEqual([[12, "shot_down"]]);
  });
});

describe("the debris of one drone that came down is a hit (count 1)", () => {
  it.each([
    "Moscow region governor Andrei Vorobyov said five flats were damaged in Ramenskoye when drone debris fell on a residential building.",
    "In Kursk, unmanned aerial vehicle (UAV) debris struck a garage, the governor said.",
    "The drone's wreckage crashed into a warehouse in Belgorod, the governor said.",
  ])("%s", (text) => {
    expect(factsOf("drone", text, DAY).map((f) => [f.count, f.outcome, f.country])).toEqual([[1, "hit", "RU"]]);
  });

  it.each([
    ["debris after a tally is of the drones counted", "Air defences shot down 20 drones over the Moscow region overnight. Drone debris fell on a house in Ramenskoye.", [20]],
    ["'debris of the downed drones' in the tally sentence", "Air defences shot down 20 drones over the Moscow region, and debris of the downed drones fell on houses in Ramenskoye.", [20]],
    ["debris told at several spots is of several drones", "In the Holosiivskyi district of Kyiv, drone debris fell at two locations in the private sector.", []],
    ["debris seen, not falling", "Drone debris was seen on a road in Kursk.", []],
  ])("%s", (_case, text, counts) => {
    expect(factsOf("drone", text as string, DAY).map((f) => f.count)).toEqual(counts);
  });
});

describe("a drone downed that then crashed into something is a hit", () => {
  it.each([
    "A Ukrainian drone shot down by air defences fell near a school in Sevastopol, injuring three people, the governor said.",
    "A drone intercepted by air defence systems crashed into a residential building in Belgorod.",
    "A drone, downed over Belgorod, crashed into a shop.",
  ])("%s", (text) => {
    expect(factsOf("drone", text, DAY).map((f) => [f.count, f.outcome])).toEqual([[1, "hit"]]);
  });

  it.each([
    "A drone was intercepted by air defences over Belgorod, the governor said.",
    "A drone intercepted over Kursk was the third that night, the governor said, adding that debris hit a garage.",
  ])("downed, and only its debris told apart: %s", (text) => {
    expect(factsOf("drone", text, DAY).map((f) => [f.count, f.outcome])).toEqual([[1, "shot_down"]]);
  });
});

describe("a total told first and its parts told one sentence each are separate facts (guide §2)", () => {
  it("the part that shares the total's place does not update it", () => {
    const text = [
      "The Russian Defence Ministry announced on Monday the downing of 13 Ukrainian drones in Belgorod.",
      "",
      "The ministry said air defences shot down five Ukrainian drones in the Belgorod region on Monday morning.",
      "",
      "The statement also mentioned intercepting eight drones at night over the Black Sea.",
    ].join("\n");
    const facts = factsOf("drone", text, DAY);
    expect(facts.map((f) => [f.count, f.claimant]).sort((a, b) => Number(b[0]) - Number(a[0]))).toEqual([
      [13, "RU"],
      [8, "RU"],
      [5, "RU"],
    ]);
  });

  it("a later figure that adds up to nothing told is still an update", () => {
    const text = "The governor said air defences shot down five drones over Belgorod on Monday. The governor later said seven drones were shot down over Belgorod on Monday.";
    expect(factsOf("drone", text, DAY).map((f) => f.count)).toEqual([7]);
  });
});

describe("who reports: officials by office and surname, and a report carried on (guide §7)", () => {
  it.each([
    ["a mayor named by office before, later by surname", "Source: Moscow Mayor Sergei Sobyanin on Telegram\n\nDetails: Sobyanin said Russian air defence forces reportedly downed a drone in the Ramenskoye district.", "RU"],
    ["a regional governor", "Air defences shot down a drone over the city, said Kursk region governor Alexander Khinshtein.", "RU"],
    ["the governor of a region, by 'according to'", "According to the governor of the Bryansk region, two drones were destroyed overnight.", "RU"],
    ["a Kremlin-installed head in occupied Ukraine", "Three drones were downed over Nova Kakhovka, the Kremlin-installed head of the district said.", "RU"],
    ["a Ukrainian regional head", "Air defences destroyed four drones over the region, Kharkiv governor Oleh Syniehubov said.", "UA"],
  ])("%s", (_case, text, claimant) => {
    const facts = factsOf("drone", text as string, DAY);
    expect(facts.map((f) => f.claimant)).toEqual([claimant]);
  });

  it("'Later, another drone …' carries on the official's report", () => {
    const text = [
      "Source: Moscow Mayor Sergei Sobyanin on Telegram",
      "",
      "Details: Sobyanin said air defence forces downed a drone in the Ramenskoye district.",
      "",
      "Later, another drone heading towards Moscow was downed in the Pavlovsky Posad district.",
    ].join("\n");
    expect(factsOf("drone", text, DAY).map((f) => f.claimant)).toEqual(["RU", "RU"]);
  });

  it("a sentence that starts its own report is not carried on", () => {
    const text = "Russia's defence ministry said it destroyed 12 drones over Bryansk. Ukraine's air force said it shot down 30 Shahed drones over Ukraine overnight.";
    const facts = factsOf("drone", text, DAY);
    expect(facts.map((f) => [f.count, f.claimant]).sort((a, b) => Number(b[0]) - Number(a[0]))).toEqual([
      [30, "UA"],
      [12, "RU"],
    ]);
  });
});
