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
