/**
 * The ninth pass, drones and places (every sentence invented). Each rule is stated from the annotation guide:
 * a plural written with an apostrophe, a shoot-down count beside another (no launch total), a distributive
 * "N each over A, B and C", a part told after "including N + participle", the rest of a total in its own clause,
 * the wreckage of one of the drones counted, an earlier report of a speaker, a single drone that struck a place,
 * fragments of a drone identified in a neighbour, and "the village of X near Y" naming X.
 */
import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers";

const DAY = "2025-03-12"; // a Wednesday

const drones = (text: string) =>
  factsOf("drone", text, DAY).map((f) => ({ count: f.count, place: f.place, launched: f.launched, outcome: f.outcome, country: f.country }));

describe("a plural written with an apostrophe is a drone noun of a breakdown (guide §2)", () => {
  it("each count is placed by the region right after it", () => {
    const facts = drones("Air defences destroyed three UAV's over the Kursk region and four UAV's over the Oryol region on Wednesday, the ministry said.");
    expect(facts.map((f) => [f.count, f.place])).toEqual([
      [3, "Kursk region"],
      [4, "Oryol region"],
    ]);
  });
});

describe("a count shot down beside another shoot-down is its sibling, not 'X of Y' (guide §7)", () => {
  it("no launch total is borrowed from the other shoot-down", () => {
    const facts = drones("The ministry said 25 drones were destroyed over the Kursk region on Wednesday, while 8 were downed over the Tula region.");
    expect(facts.map((f) => [f.count, f.place, f.launched])).toEqual([
      [25, "Kursk region", null],
      [8, "Tula region", null],
    ]);
  });

  it("a shoot-down after a launch still takes the launch as its total", () => {
    const facts = drones("Russia launched 40 drones at Ukraine overnight on Wednesday – air defence destroyed 31.");
    expect(facts.map((f) => [f.count, f.launched, f.outcome])).toEqual([[31, 40, "shot_down"]]);
  });
});

describe("a distributive 'each' after a count gives one fact per place of the list after it (guide §2)", () => {
  it("a bare count of a gapped list: 'and two each over the A, B and C regions'", () => {
    const facts = drones("On Wednesday air defences shot down 14 drones over the Kursk region, and two each over the Tula, Oryol and Lipetsk regions.");
    expect(facts.map((f) => [f.count, f.place, f.outcome])).toEqual([
      [14, "Kursk region", "shot_down"],
      [2, "Tula region", "shot_down"],
      [2, "Oryol region", "shot_down"],
      [2, "Lipetsk region", "shot_down"],
    ]);
  });

  it("a count with its noun: 'two drones each over A and B'", () => {
    const facts = drones("Russian air defences destroyed two drones each over Shebekino and Valuyki on Wednesday, the governor said.");
    expect(facts.map((f) => [f.count, f.place])).toEqual([
      [2, "Shebekino"],
      [2, "Valuyki"],
    ]);
  });

  it("the verb may stand between 'each' and the place: 'one each intercepted over A, B and C'", () => {
    const facts = drones("The ministry said 10 UAVs were destroyed over the Kursk region on Wednesday, with one each intercepted over the Tula, Kaluga and Oryol regions.");
    expect(facts.map((f) => [f.count, f.place])).toEqual([
      [10, "Kursk region"],
      [1, "Tula region"],
      [1, "Kaluga region"],
      [1, "Oryol region"],
    ]);
  });

  it("'each' not followed by a place is no distribution", () => {
    const facts = drones("Russian air defences destroyed two drones over the Kursk region on Wednesday, each carrying explosives.");
    expect(facts.map((f) => [f.count, f.place])).toEqual([[2, "Kursk region"]]);
  });
});

describe("a part told after 'including N + participle' of where it flew is a fact of its own (guide §2)", () => {
  it("the total names no place: the part is placed where it flew", () => {
    const facts = drones("Russian air defences intercepted 140 drones over the past day, including 9 heading for the Moscow region, the ministry said on Wednesday.");
    expect(facts.map((f) => [f.count, f.place]).sort()).toEqual([
      [140, null],
      [9, "Moscow region"],
    ]);
  });

  it("the total has a place of its own: the part flying elsewhere is no new fact", () => {
    const facts = drones("Russian air defences intercepted 40 drones over the Bryansk region on Wednesday, including 5 flying towards Moscow.");
    expect(facts.map((f) => [f.count, f.place])).toEqual([[40, "Bryansk region"]]);
  });
});

describe("the rest of a total opens a clause of its own (places)", () => {
  it("'One was downed over A, the rest over B': the one is A's", () => {
    const facts = drones("Air defence shot down all six drones on Wednesday. One Shahed was destroyed in Kherson Region, the rest - over the city of Mykolaiv.");
    expect(facts.find((f) => f.count === 1)?.place).toBe("Kherson region");
  });

  it("'the other two' too", () => {
    const facts = drones("Three Shaheds were shot down over the Odesa region on Wednesday, the other two over the city of Mykolaiv.");
    expect(facts.find((f) => f.count === 3)?.place).toBe("Odesa region");
  });

  it("'the others' too", () => {
    const facts = drones("Two drones were shot down over the Sumy region on Wednesday, the others near Kremenchuk.");
    expect(facts.map((f) => [f.count, f.place])).toEqual([[2, "Sumy region"]]);
  });
});

describe("the wreckage of a downed drone after a shoot-down tally is of a drone already counted (guide §2)", () => {
  it("no new hit after the tally", () => {
    const text =
      "Air defence shot down all eight drones over the Odesa region on Wednesday, the air force said. The wreckage of a downed drone damaged a warehouse in Odesa.";
    expect(drones(text).map((f) => [f.count, f.outcome])).toEqual([[8, "shot_down"]]);
  });

  // Tenth pass: told alone, the participle tells what became of the drone — shot down (real-fresh7's label), no hit.
  it("told alone, it is one drone shot down", () => {
    const facts = drones("The wreckage of a downed drone damaged a warehouse in Odesa on Wednesday, the regional governor said.");
    expect(facts.map((f) => [f.count, f.outcome])).toEqual([[1, "shot_down"]]);
  });
});

describe("a speaker's earlier report, with no day of its own, is background", () => {
  it("'He said earlier that …' gives no drone fact", () => {
    const text =
      "A drone hit a garage in the town of Rylsk on Wednesday, the Kursk region governor said. He said earlier that a drone had struck a farm in the village of Tyotkino.";
    expect(drones(text).map((f) => [f.count, f.place])).toEqual([[1, "Rylsk"]]);
  });

  it("'said earlier on Tuesday' has a day and stays a fact", () => {
    const facts = drones("The mayor said earlier on Tuesday that three drones had been shot down over the Moscow region.");
    expect(facts.map((f) => [f.count, f.place, f.outcome])).toEqual([[3, "Moscow region", "shot_down"]]);
  });
});

describe("a single drone sent at a settlement, with the harm it did, struck it (guide §7: hit)", () => {
  it("'attacked the village of X with a drone. A man was wounded.'", () => {
    const facts = drones("Russian troops attacked the village of Velykyi Burluk with a drone on Wednesday. A man was wounded.");
    expect(facts.map((f) => [f.count, f.outcome, f.launched])).toEqual([[1, "hit", null]]);
  });

  it("the harm told in the same sentence: 'attacked the town of X with a drone, injuring a woman'", () => {
    const facts = drones("Ukrainian forces attacked the town of Graivoron with a drone on Wednesday, injuring a woman.");
    expect(facts.map((f) => [f.count, f.outcome, f.place])).toEqual([[1, "hit", "Graivoron"]]);
  });

  it("an attack on a country names no settlement struck: the drone stays launched", () => {
    const facts = drones("Russia attacked Ukraine with a drone and ten missiles on Wednesday; three people were injured.");
    expect(facts.map((f) => f.outcome)).toEqual(["launched"]);
  });

  it("the drone destroyed by air defence stays launched, however much was damaged", () => {
    const facts = drones("Russian troops attacked the village of Velykyi Burluk with a drone on Wednesday. Air defence destroyed it; a roof was damaged.");
    expect(facts.map((f) => f.outcome)).not.toContain("hit");
  });

  it("no harm told: the drone stays launched", () => {
    const facts = drones("Russian troops attacked the village of Velykyi Burluk with a drone on Wednesday. Nobody was hurt.");
    expect(facts.map((f) => [f.count, f.outcome])).toEqual([[1, "launched"]]);
  });
});

describe("fragments found that may come from a drone: a drone came down there (guide §7: hit, the neighbour's fact)", () => {
  it("the finding told before the fragments, a list of towns closed by its noun, and the county after it", () => {
    const facts = drones(
      "Moldova's border police found on Wednesday, in the area of Cairaclia and Etulia villages, in Taraclia district, debris believed to be from a drone.",
    );
    expect(facts.map((f) => [f.count, f.outcome, f.country, f.place])).toEqual([[1, "hit", "MD", "Cairaclia and Etulia"]]);
  });

  it("'the debris of what appeared to be a drone' found", () => {
    const facts = drones("Moldovan border police discovered on Wednesday the debris of what appeared to be a drone near the village of Ceadir-Lunga.");
    expect(facts.map((f) => [f.count, f.outcome, f.country])).toEqual([[1, "hit", "MD"]]);
  });

  it("fragments shown, not found, tell no drone that came down", () => {
    expect(drones("The ministry showed on Wednesday fragments that could have come from a drone.")).toEqual([]);
  });
});

describe("a list of settlements closed by a plural noun is one place, as written (places)", () => {
  it("'in the Hlyboke and Lyptsi villages' is the injury's place", () => {
    const facts = factsOf("injury", "Two people were injured by shelling in the Hlyboke and Lyptsi villages on Wednesday.", DAY);
    expect(facts.map((f) => [f.injured, f.place])).toEqual([[2, "Hlyboke and Lyptsi"]]);
  });

  it("a county after a comma behind a town locates the town", () => {
    const facts = drones("On Wednesday a drone crashed near the town of Isaccea, in Tulcea County, in eastern Romania.");
    expect(facts.map((f) => [f.count, f.country, f.place])).toEqual([[1, "RO", "Isaccea"]]);
  });
});

describe("'the village of X near Y' names X, also for the casualty told right after the attack (places)", () => {
  const lead = "A resident of a Kursk Region village died after a Ukrainian drone attack on Wednesday, the regional governor said.\n\n";

  it("the lead's region yields to the village whose attack the casualty sentence continues", () => {
    const text = `${lead}"Ukrainian troops attacked the village of Ivanovka near Kursk with a drone. One civilian died," he wrote.`;
    expect(factsOf("injury", text, DAY).map((f) => [f.killed, f.place])).toEqual([[1, "Ivanovka"]]);
  });

  it("a casualty that opens on another event keeps the lead's region", () => {
    const text = `${lead}"Ukrainian troops attacked the village of Ivanovka near Kursk with a drone. Meanwhile, one civilian died," he wrote.`;
    expect(factsOf("injury", text, DAY).map((f) => [f.killed, f.place])).toEqual([[1, "Kursk region"]]);
  });
});
