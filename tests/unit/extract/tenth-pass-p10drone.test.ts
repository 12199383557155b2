/**
 * The tenth pass, drones and places (every sentence invented). Each rule is stated from the annotation guide:
 * a negated shoot-down tells what did not happen (the remainder of an "X of Y" is no fact), "and one more drone …
 * over B" opens a clause placed by its own place, and "one of the drones struck …" is a hit of its own.
 */
import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers";

const DAY = "2025-03-12"; // a Wednesday

const drones = (text: string) =>
  factsOf("drone", text, DAY).map((f) => ({ count: f.count, place: f.place, launched: f.launched, outcome: f.outcome, country: f.country }));

describe("a negated shoot-down verb gives no outcome: the remainder of an 'X of Y' is no fact (guide §7)", () => {
  it("'the three drones that were not intercepted' adds nothing to '9 of 12'", () => {
    const facts = drones(
      "Russia sent 12 attack drones against Ukraine on Wednesday night, Ukraine's air force reported. It said 9 of the drones were intercepted. Officials did not say where the three drones that were not intercepted went.",
    );
    expect(facts.map((f) => [f.count, f.outcome])).toEqual([[9, "shot_down"]]);
  });

  it("a shoot-down told without negation still counts", () => {
    const facts = drones("The air force said on Wednesday that four drones were intercepted over the Odesa region.");
    expect(facts.map((f) => [f.count, f.outcome])).toEqual([[4, "shot_down"]]);
  });
});

describe("'and one more / another drone … over B' opens the increment's own clause (guide §2)", () => {
  it("each count is placed by its own region, not the nearer one before 'and'", () => {
    const facts = drones("Air defences destroyed seven drones over the Tula region and one more drone was intercepted over the Oryol region on Wednesday, the ministry said.");
    expect(facts.map((f) => [f.count, f.place])).toEqual([
      [7, "Tula region"],
      [1, "Oryol region"],
    ]);
  });

  it("a plain 'and' between two places of one count is no break", () => {
    const facts = drones("Air defences destroyed nine drones over the Tula and Oryol regions on Wednesday, the ministry said.");
    expect(facts.map((f) => [f.count, f.place])).toEqual([[9, "Tula and Oryol regions"]]);
  });
});

describe("'one of the drones' as the subject of a striking verb is a hit of count 1 (guide §1, §7)", () => {
  it("placed at the village where it struck, in the neighbour", () => {
    const facts = drones(
      "Several drones crossed into Lithuania on Wednesday night. One of the drones crashed into a barn in the Lithuanian village of Dauguliai, local police said.",
    );
    expect(facts.map((f) => [f.count, f.outcome, f.country])).toEqual([[1, "hit", "LT"]]);
  });

  it("the fragments of one of the drones counted as downed are no new hit", () => {
    const facts = drones("The ministry said air defences destroyed three drones over the Kursk region on Wednesday. Fragments of one of the drones fell on a garage.");
    expect(facts.map((f) => [f.count, f.outcome])).toEqual([[3, "shot_down"]]);
  });

  it("one of drones counted as hitting before is one of them", () => {
    const facts = drones("Four drones hit the city of Sumy on Wednesday, the mayor said. One of the drones struck a school.");
    expect(facts.map((f) => [f.count, f.outcome])).toEqual([[4, "hit"]]);
  });
});

describe("an elliptical 'another' after a drone counted in its sentence is one more drone, with its own verb (guide §1)", () => {
  it("'One drone crashed …, another was shot down …': a hit and a shoot-down", () => {
    const facts = drones("Governor Ivanov of the Kursk region said on Wednesday that one drone crashed into a warehouse in Rylsk, another was shot down over a field.");
    expect(facts.map((f) => [f.count, f.outcome]).sort()).toEqual([
      [1, "hit"],
      [1, "shot_down"],
    ]);
  });

  it("'another' with no drone counted before it is no drone", () => {
    const facts = drones("A shell hit a shop in Rylsk in the Kursk region on Wednesday, the governor said, and another was damaged by fire.");
    expect(facts).toEqual([]);
  });
});

describe("a place borrowed by 'the city' is the city, not the vague part of it named before (guide §2)", () => {
  it("'… attacked the centre of X … One drone fell in the city square': X", () => {
    const facts = drones("Ukrainian forces attacked the centre of Horlivka with drones on Wednesday morning, the Russian-installed mayor said. One drone fell in the city square.");
    expect(facts.map((f) => [f.count, f.place, f.outcome])).toEqual([[1, "Horlivka", "hit"]]);
  });

  it("a part of the city named in the count's own sentence stays as written", () => {
    const facts = drones("One drone fell in the centre of Horlivka on Wednesday morning, the Russian-installed mayor said.");
    expect(facts.map((f) => [f.count, f.place])).toEqual([[1, "centre of Horlivka"]]);
  });
});

describe("the debris of one drone told as downed is a drone shot down, not one that struck (guide §7)", () => {
  it("'fragments of an intercepted drone damaged a roof' beside 'a drone hit a car': one of each", () => {
    const facts = drones(
      "The Belgorod region governor said on Wednesday that a drone hit a car in Shebekino. Fragments of an intercepted drone damaged a roof in Shebekino, he added.",
    );
    expect(facts.map((f) => [f.count, f.outcome]).sort()).toEqual([
      [1, "hit"],
      [1, "shot_down"],
    ]);
  });

  it("a drone that was not downed and struck stays a hit", () => {
    const facts = drones("The Belgorod region governor said on Wednesday that debris from a drone damaged a roof in Shebekino.");
    expect(facts.map((f) => [f.count, f.outcome])).toEqual([[1, "hit"]]);
  });
});

describe("a drone event the headline presupposes, with no day of its own, is background (sets' convention for earlier events)", () => {
  it("'Sirens installed in X, where the drones fell' + a count with no day: no fact", () => {
    const facts = drones(
      "Warning sirens installed in Galati County, where the Russian drones crashed\n\nThe Romanian emergency service said on Tuesday that eight sirens were installed in Galati County. Three drones launched by Russia crashed in Romania, in Galati County.",
    );
    expect(facts).toEqual([]);
  });

  it("a count with a day of its own under such a headline stays a fact", () => {
    const facts = drones(
      "Warning sirens installed in Galati County, where the Russian drones crashed\n\nThe Romanian defence ministry said a drone crashed in Galati County on Wednesday.",
    );
    expect(facts.map((f) => [f.count, f.outcome, f.country])).toEqual([[1, "hit", "RO"]]);
  });

  it("a headline that reports the drones itself presupposes nothing", () => {
    const facts = drones("Three drones crashed in Romania's Galati County\n\nThree drones launched by Russia crashed in Romania, in Galati County.");
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.count === 3)).toBe(true);
  });
});
