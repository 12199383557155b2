import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mainNumber, matches, pairFacts, type ScoredFact } from "../../../lib/extract/eval/match";
import { placeNames, placesAgree } from "../../../lib/extract/eval/place";
import { loadRealSet, offsetErrors, sha256 } from "../../../lib/extract/eval/real-set";
import { scoreDispatches, valuesAgree } from "../../../lib/extract/eval/score";

/** Invented facts: only the fields the scorer reads, with evidence spans into an imaginary text. */
const fact = (f: Partial<ScoredFact> & Pick<ScoredFact, "kind">): ScoredFact => ({
  date: "2024-05-14",
  country: "UA",
  place: null,
  quote: "q",
  start: 0,
  end: 10,
  ...f,
});

describe("matching by the annotation guide's rule", () => {
  const labelled = fact({ kind: "drone", count: 14, launched: 16, outcome: "shot_down", claimant: "UA" });

  it("matches the same kind, main number and country within one day", () => {
    expect(matches(fact({ kind: "drone", count: 14, date: "2024-05-13" }), labelled)).toBe(true);
    expect(matches(fact({ kind: "drone", count: 14, date: "2024-05-12" }), labelled)).toBe(false);
    expect(matches(fact({ kind: "drone", count: 16 }), labelled)).toBe(false);
    expect(matches(fact({ kind: "drone", count: 14, country: "RU" }), labelled)).toBe(false);
    expect(matches(fact({ kind: "shelter", count: 14 }), labelled)).toBe(false);
  });

  it("identifies a deaths-only injury by its deaths, whether injured is null or the contract's 0", () => {
    const deaths = fact({ kind: "injury", injured: null, killed: 7 });
    expect(mainNumber(deaths)).toBe(7);
    expect(matches(fact({ kind: "injury", injured: 0, killed: 7 }), deaths)).toBe(true);
    expect(matches(fact({ kind: "injury", injured: 7, killed: null }), deaths)).toBe(true);
    expect(mainNumber(fact({ kind: "injury", injured: 5, killed: 1 }))).toBe(5);
  });

  it("pairs each fact once, preferring the label whose quote the prediction overlaps", () => {
    const a = fact({ kind: "drone", count: 4, place: "Mykolaiv", start: 0, end: 40 });
    const b = fact({ kind: "drone", count: 4, place: "Khmelnytskyi", start: 50, end: 90 });
    const p = fact({ kind: "drone", count: 4, start: 55, end: 80 });
    expect(pairFacts([p], [a, b])).toEqual({ pairs: [[0, 1]], unmatchedPredicted: [], unmatchedLabelled: [0] });
  });
});

describe("place agreement", () => {
  it("ignores generic words, joiners, order and common transliterations", () => {
    expect(placesAgree("Odesa region", "Odesa Oblast")).toBe(true);
    expect(placesAgree("Kyiv, Poltava and Sumy oblasts", "Sumy, Kyiv, Poltava regions")).toBe(true);
    expect(placesAgree("Kiev", "Kyiv")).toBe(true);
    expect(placesAgree(null, null)).toBe(true);
    expect(placeNames("the city of Zaporizhzhia's Zavodskyi district")).toEqual(["zaporizhzhia zavodskyi"]);
  });

  it("disagrees on a missing, partial or different place", () => {
    expect(placesAgree("Cherkasy and Vinnytsia", "Cherkasy")).toBe(false);
    expect(placesAgree("Belgorod region", null)).toBe(false);
    expect(placesAgree(null, "Crimea")).toBe(false);
    expect(placesAgree("Black Sea", "Crimea")).toBe(false);
  });
});

describe("scoring invented dispatches", () => {
  const score = scoreDispatches([
    {
      id: "night",
      labelled: [
        fact({ kind: "injury", injured: 5, killed: null, serious: 1, attacker: "RU", place: "Odesa region", quote: "five injured" }),
        fact({ kind: "drone", count: 14, launched: 16, outcome: "shot_down", claimant: "UA", quote: "14 of 16", start: 20, end: 30 }),
      ],
      predicted: [
        fact({ kind: "injury", injured: 5, killed: null, serious: null, attacker: "RU", place: "Odesa", date: "2024-05-13" }),
        fact({ kind: "drone", count: 16, launched: null, outcome: "shot_down", claimant: "UA", quote: "launched 16", start: 20, end: 30 }),
      ],
    },
    {
      id: "no-facts",
      labelled: [],
      predicted: [fact({ kind: "aid", amount: 5e8, currency: "EUR", donor: "EU", country: "EU", quote: "could be worth €500 million" })],
    },
  ]);

  it("counts true positives, false positives and misses per kind and overall", () => {
    expect(score.kinds.injury).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(score.kinds.drone).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 });
    expect(score.kinds.aid).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null });
    expect(score.kinds.shelter).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: null });
    expect(score.overall).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(score.overall.precision).toBeCloseTo(1 / 3);
    expect(score.overall.recall).toBeCloseTo(1 / 2);
    expect(score.overall.f1).toBeCloseTo(0.4);
  });

  it("lists every false positive and negative with its quote", () => {
    expect(score.falsePositives.map((f) => [f.id, f.kind, f.number, f.quote])).toEqual([
      ["night", "drone", 16, "launched 16"],
      ["no-facts", "aid", 5e8, "could be worth €500 million"],
    ]);
    expect(score.falseNegatives.map((f) => [f.id, f.kind, f.number, f.quote])).toEqual([["night", "drone", 14, "14 of 16"]]);
  });

  it("measures attributes on matched pairs: exact date, place and the kind's key fields, not the main number", () => {
    expect(score.attributes.injury).toEqual({
      date: { agree: 0, compared: 1 },
      place: { agree: 1, compared: 1 },
      killed: { agree: 1, compared: 1 },
      serious: { agree: 0, compared: 1 },
      attacker: { agree: 1, compared: 1 },
    });
    expect(score.place).toEqual({ agree: 1, compared: 1 });
    expect(score.disagreements.map((d) => [d.field, d.labelled, d.predicted])).toEqual([
      ["date", "2024-05-14", "2024-05-13"],
      ["serious", 1, null],
    ]);
  });

  it("compares amountEur only when the label states one, and reads injured 0 as none stated", () => {
    const aid = scoreDispatches([
      {
        id: "aid",
        labelled: [fact({ kind: "aid", amount: 7e9, currency: "DKK", amountEur: null, donor: "DK", recipient: "UA", category: null, country: "DK" })],
        predicted: [fact({ kind: "aid", amount: 7e9, currency: "DKK", amountEur: 9.4e8, donor: "DK", recipient: "UA", category: null, country: "DK" })],
      },
    ]);
    expect(Object.keys(aid.attributes.aid)).not.toContain("amountEur");
    expect(valuesAgree("injured", null, 0)).toBe(true);
    expect(valuesAgree("killed", null, 0)).toBe(false);
    expect(valuesAgree("heightM", 3.5, 3.5000000001)).toBe(true);
  });
});

describe("loading the real set", () => {
  function set() {
    const dir = mkdtempSync(join(tmpdir(), "realset-"));
    mkdirSync(join(dir, "labels"));
    mkdirSync(join(dir, "texts"));
    const texts: Record<string, string> = {
      "present-one": "Six people were injured in Izmail overnight.\n",
      "absent-one": "Never written to disk.\n",
      "edited-one": "Original text.\n",
    };
    const rows = Object.entries(texts).map(([id, text], i) => ({
      id,
      publisher: "Invented Wire",
      url: `https://example.org/${id}`,
      published: "2023-09-13",
      publishedFrom: "invented",
      query: "invented",
      sha256: sha256(text),
      chars: text.length,
      text: "whole text",
      part: i === 1 ? "held" : "dev",
      stratum: "injury",
      batch: "t",
    }));
    writeFileSync(join(dir, "manifest.json"), JSON.stringify({ dispatches: rows }));
    for (const id of Object.keys(texts)) {
      const quote = "Six people were injured in Izmail overnight.";
      const facts = id === "present-one" ? [{ kind: "injury", date: "2023-09-13", country: "UA", place: "Izmail", injured: 6, killed: null, serious: null, attacker: "RU", quote, start: 0, end: quote.length }] : [];
      writeFileSync(join(dir, "labels", `${id}.json`), JSON.stringify({ id, published: "2023-09-13", facts, notFacts: [] }));
    }
    writeFileSync(join(dir, "texts", "present-one.txt"), texts["present-one"] ?? "");
    writeFileSync(join(dir, "texts", "edited-one.txt"), "Original text, edited.\n");
    return dir;
  }

  it("scores only texts present with the recorded hash and lists the others as missing with the reason", () => {
    const dir = set();
    const { present, missing } = loadRealSet(dir, join(dir, "texts"), ["dev", "held"]);
    expect(present.map((d) => d.row.id)).toEqual(["present-one"]);
    expect(missing.map((m) => [m.id, m.part])).toEqual([
      ["absent-one", "held"],
      ["edited-one", "dev"],
    ]);
    expect(missing[0]?.reason).toMatch(/^not downloaded/);
    expect(missing[1]?.reason).toMatch(/^hash mismatch/);
  });

  it("keeps to the chosen part", () => {
    const dir = set();
    const { present, missing } = loadRealSet(dir, join(dir, "texts"), ["held"]);
    expect(present).toEqual([]);
    expect(missing.map((m) => m.id)).toEqual(["absent-one"]);
  });

  it("reports a label whose offsets do not hold its quote", () => {
    const dir = set();
    const [d] = loadRealSet(dir, join(dir, "texts"), ["dev"]).present;
    expect(d && offsetErrors(d)).toEqual([]);
    const shifted = d && { ...d, facts: d.facts.map((f) => ({ ...f, start: f.start + 1 })) };
    expect(shifted && offsetErrors(shifted)).toHaveLength(1);
  });
});
