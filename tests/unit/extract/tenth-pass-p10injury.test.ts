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

describe("a weekday's night is dated by the day it ended (guide §3)", () => {
  it("'on Thursday night' in a Friday report is the Friday", () => {
    expect(findDateMentions("Drones struck the city on Thursday night.", DAY).map((m) => m.date)).toEqual(["2025-03-14"]);
  });

  it("'Friday night' in a Friday report stays the Friday; a plain weekday is that day", () => {
    expect(findDateMentions("Friday night was quiet.", DAY).map((m) => m.date)).toEqual(["2025-03-14"]);
    expect(findDateMentions("Drones struck the city on Thursday.", DAY).map((m) => m.date)).toEqual(["2025-03-13"]);
  });

  it("'this night' is the night just ended, the report's day", () => {
    expect(findDateMentions("This night the enemy attacked the town.", DAY).map((m) => [m.date, m.strength])).toEqual([["2025-03-14", "weak"]]);
  });

  it("an injury told of Thursday night in a Friday report", () => {
    expect(dated("A drone attack on Sumy left two people injured on Thursday night, the governor said.")).toEqual([["2025-03-14", 2, null]]);
  });
});
