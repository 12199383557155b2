/**
 * The eighth pass, on place: the most specific place the fact's own sentence(s) name, as written;
 * several places joined as the text joins them. Every sentence here is invented.
 */
import { describe, expect, it } from "vitest";
import { findPlaces } from "@/lib/extract/places";
import { splitSentences } from "@/lib/extract/sentences";
import { factsOf } from "./helpers";

const DAY = "2025-03-10"; // a Monday

const names = (sentence: string) => findPlaces(sentence).map((p) => p.name);

describe("places coordinated after one locative are one place, as written", () => {
  it("joins towns and districts, each with a settlement in brackets", () => {
    expect(names("Two people were injured in the Kstovo District (Bolshoe Pikino village) and Bor (Neklyudovo settlement), the governor said.")).toEqual([
      "Kstovo District (Bolshoe Pikino village) and Bor (Neklyudovo settlement)",
    ]);
  });

  it("joins a list of towns with commas and a final 'and'", () => {
    expect(factsOf("injury", "Shelling injured five civilians in Nikopol, Marhanets and Pokrov on Monday.", DAY).map((f) => f.place)).toEqual([
      "Nikopol, Marhanets and Pokrov",
    ]);
    expect(factsOf("injury", "Four people were wounded in Kupiansk and Izium on Monday.", DAY).map((f) => f.place)).toEqual(["Kupiansk and Izium"]);
  });

  it("joins the places a verb of attack governs ('shelled A and B')", () => {
    expect(factsOf("injury", "Russian forces shelled Nikopol and Marhanets on Monday, injuring two people.", DAY).map((f) => f.place)).toEqual([
      "Nikopol and Marhanets",
    ]);
  });

  it("joins a region and seas as the text joins them", () => {
    const [f] = factsOf("drone", "Air defences destroyed 40 Ukrainian drones over occupied Crimea, the Black Sea and the Sea of Azov overnight, the ministry said.", DAY);
    expect([f?.place, f?.country]).toEqual(["Crimea, the Black Sea and the Sea of Azov", "UA"]);
  });

  it("does not join places that no locative governs ('Kyiv and Moscow agreed')", () => {
    expect(names("Officials from Kharkiv and Dnipro met on Monday.")).not.toContain("Kharkiv and Dnipro");
  });

  it("does not join two places with a comma before 'and': the 'and' goes back further", () => {
    const s = "Drones were downed over six regions, including nine over the Bryansk region, and the Black Sea.";
    expect(names(s)).toEqual(["Bryansk region", "Black Sea"]);
  });

  it("does not join a town and the region after it by a comma ('Ramenskoye, Moscow Region')", () => {
    expect(names("Debris fell in Ramenskoye, Moscow Region, and Kolomna on Monday.")).not.toContain("Ramenskoye, Moscow Region, and Kolomna");
  });

  it("does not join places of two countries", () => {
    expect(names("Drones were seen over Kharkiv and Belgorod.")).toEqual(["Kharkiv", "Belgorod"]);
  });

  it("keeps the region when the same victims are told again in two of its towns (a list is no single finer place)", () => {
    const text = "Three people were injured in the Dnipropetrovsk region on Monday. All of them were injured in Nikopol and Marhanets.";
    expect(factsOf("injury", text, DAY).map((f) => f.place)).toEqual(["Dnipropetrovsk region"]);
  });
});

describe("a casualty sentence right after an attack on one place takes that place", () => {
  it("finds a small village after a verb of attack", () => {
    expect(names("Around noon, the occupiers shelled Velykooleksandrivka.")).toEqual(["Velykooleksandrivka"]);
    expect(names("Drones attacked Kozachanka on Monday.")).toEqual(["Kozachanka"]);
  });

  it("carries the attacked place to the next sentence of its paragraph that names none", () => {
    for (const text of [
      "At about 9 a.m., Russian forces shelled Bilozerka. Two people were wounded.",
      "In the afternoon, the enemy struck the village of Mala Tokmachka. A 60-year-old man was killed.",
      "Stanislav came under artillery fire overnight. One woman sustained shrapnel wounds.",
    ]) {
      const [f] = factsOf("injury", text, DAY);
      expect(f?.place, text).toMatch(/Bilozerka|Mala Tokmachka|Stanislav/);
    }
  });

  it("carries nothing across a sentence that opens on another event or a sum, nor from two attacked places", () => {
    for (const text of [
      "Russian forces shelled Bilozerka on Monday morning. Meanwhile, two people were wounded by a mine.",
      "Russian forces shelled Bilozerka on Monday morning. In total, seven people were wounded over the past day.",
      "Russian forces shelled Bilozerka and then struck Kherson. Two people were wounded.",
    ]) {
      expect(factsOf("injury", text, DAY).map((f) => f.place), text).toEqual([null]);
    }
  });

  it("does not carry a place across paragraphs", () => {
    const text = "Russian forces shelled Bilozerka on Monday morning.\n\nTwo people were wounded, the regional governor said.";
    expect(factsOf("injury", text, DAY).map((f) => f.place)).toEqual([null]);
  });
});

describe("a count placed at its region, then the town's own official telling of the same people there", () => {
  it("takes the official's town", () => {
    for (const text of [
      "Four people were wounded in the Zaporizhzhia region on Monday. Enerhodar Mayor Petro Ivanenko said residents of the city were hit by shrapnel.",
      "Six civilians were injured in the Dnipropetrovsk region on Monday. The mayor of Nikopol said the victims were hospitalized in the city.",
    ]) {
      expect(factsOf("injury", text, DAY).map((f) => f.place), text).toEqual([/Enerhodar/.test(text) ? "Enerhodar" : "Nikopol"]);
    }
  });

  it("keeps the region when the official tells another event, speaks of no people, or is of a town elsewhere", () => {
    for (const text of [
      "Four people were wounded in the Zaporizhzhia region on Monday. Separately, the Enerhodar mayor said people in the city had no power.",
      "Four people were wounded in the Zaporizhzhia region on Monday. Enerhodar Mayor Petro Ivanenko said water was back in the city.",
      "Four people were wounded in the Kherson region on Monday. Odesa Mayor Petro Ivanenko said residents of the city were hit by shrapnel.",
    ]) {
      expect(factsOf("injury", text, DAY).map((f) => f.place)[0], text).toMatch(/region/);
    }
  });
});

describe("a named building or site is the place, as written", () => {
  it("takes a named hospital, market, plant or station in the count's sentence", () => {
    for (const [text, place] of [
      ["Three people were injured when a missile hit the Ternivka maternity hospital in Kharkiv on Monday.", "Ternivka maternity hospital"],
      ["A Russian strike on the Barabashovo market in Kharkiv killed two vendors on Monday.", "Barabashovo market"],
      ["Five workers were wounded at the Azovmash plant in Ukraine on Monday.", "Azovmash plant"],
    ] as const) {
      expect(factsOf("injury", text, DAY).map((f) => f.place), text).toEqual([place]);
    }
  });

  it("finds it again by its noun: 'killed at the hospital'", () => {
    const text = "A missile struck the Lisova children's hospital in Kyiv on Monday. Officials said four people were killed at the hospital.";
    expect(factsOf("injury", text, DAY).map((f) => f.place)).toEqual(["Lisova children's hospital"]);
  });

  it("leaves a town's hospital to the town, a people's adjective and a sentence's first word alone", () => {
    expect(names("Two people were taken to a Dnipro hospital on Monday.")).toEqual(["Dnipro"]);
    expect(names("Exports from the Russian market fell on Monday.")).toEqual([]);
    expect(names("Hospital staff said two people were hurt.")).toEqual([]);
  });

  it("does not take 'at the hospital' for a building no sentence named", () => {
    const text = "Shelling hit Kherson on Monday. Two people later died at the hospital.";
    expect(factsOf("injury", text, DAY).map((f) => f.place)).not.toContain("hospital");
  });
});

describe("a 'Source:' line is part of the story, not a heading", () => {
  it("does not cut the section at a source line", () => {
    const text =
      "Drone debris found in a border village\nA drone came down in the Kherson region on Monday.\nSource: the regional administration\nQuote: \"The wreckage of the drone was found in the village of Chornobaivka.\"";
    expect(splitSentences(text).filter((s) => s.isHeading).map((s) => s.text)).toEqual(["Drone debris found in a border village"]);
  });
});
