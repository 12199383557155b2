import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers";

describe("injury facts", () => {
  it.each([
    ["two people were killed and five wounded in a Russian strike on Kherson.", 5, 2],
    ["A Russian missile hit Dnipro, killing three and injuring 12, the governor said.", 12, 3],
    ["Fourteen people were killed and 108 wounded when Ukrainian missiles struck Belgorod.", 108, 14],
    ["Russian shelling of Nikopol wounded a dozen people.", 12, null],
    ["In Kharkiv, Governor Oleh Syniehubov reported 41 wounded after a Russian strike.", 41, null],
    ["The number of injured in Belgorod has risen to 108 after the Ukrainian attack.", 108, null],
    ["A 45-year-old man was injured by Russian shelling in Kherson.", 1, null],
    ["Twelve people sustained injuries in a Russian missile strike on Dnipro.", 12, null],
    ["At least 11 people were injured and two killed in Kharkiv on Sunday.", 11, 2],
    ["Mayor Ihor Terekhov said 13 people had been wounded in Kharkiv, and that one woman had died.", 13, 1],
    ["Five people were reported injured in a Russian strike on Zaporizhzhia.", 5, null],
    ["Five Ukrainians were killed and 13 were wounded when a Russian missile struck a hotel in Kramatorsk.", 13, 5],
  ])("reads %j as injured %i, killed %s", (text, injured, killed) => {
    const [f] = factsOf("injury", text);
    expect(f?.injured).toBe(injured);
    expect(f?.killed).toBe(killed);
  });

  it("keeps the number of a bound: 'at least 22 people were injured' is 22", () => {
    expect(factsOf("injury", "At least 22 people were injured in a Russian strike on Odesa.")[0]?.injured).toBe(22);
  });

  it("reads the serious count from 'of whom ... serious condition', also in the next sentence", () => {
    const [a] = factsOf("injury", "Six civilians were injured in Izmail by Russian drones, three of whom were in serious condition.");
    expect(a?.serious).toBe(3);
    const [b] = factsOf("injury", "A Russian missile wounded 32 people in Lviv.\nThree of them are in a critical condition, the mayor said.");
    expect(b?.serious).toBe(3);
  });

  it("finds the serious count two sentences later", () => {
    const text = "A Russian missile hit a ship in Odesa, killing four people and wounding eight others.\nThe vessel was loading wheat.\nThe governor said two of the wounded were in critical condition.";
    expect(factsOf("injury", text)[0]?.serious).toBe(2);
  });

  it("counts 'two people were seriously injured' as injured 2 and serious 2", () => {
    const [f] = factsOf("injury", "Two people were seriously injured in a Russian drone attack on Sumy.");
    expect([f?.injured, f?.serious]).toEqual([2, 2]);
  });

  it("takes the attacker from demonyms and names: 'A Ukrainian attack', 'Russian drones', 'carried out by Kyiv'", () => {
    expect(factsOf("injury", "A Ukrainian attack on Belgorod injured 5 people.")[0]?.attacker).toBe("UA");
    expect(factsOf("injury", "Russian drones hit Izmail, injuring six people.")[0]?.attacker).toBe("RU");
    expect(factsOf("injury", "Four people were injured in Donetsk in an attack carried out by Kyiv, officials said.")[0]?.attacker).toBe("UA");
  });

  it("puts Sevastopol and Crimea in UA and names the city, not the peninsula", () => {
    const [f] = factsOf("injury", "A strike hit a shipyard in Sevastopol on the Crimean peninsula and injured 24 people.");
    expect([f?.place, f?.country]).toEqual(["Sevastopol", "UA"]);
  });

  it("does not count a subgroup ('including 27 children') as a second fact", () => {
    const facts = factsOf("injury", "Four people were killed and 151 injured, including 27 children, near Sevastopol on Sunday.");
    expect(facts).toHaveLength(1);
    expect(facts[0]?.injured).toBe(151);
  });

  it("states no fact for casualties without a number", () => {
    expect(factsOf("injury", "Several people were injured in a Russian attack on Kharkiv.")).toEqual([]);
  });

  // The annotation guide scores an injury fact by its killed count when no injured count is stated.
  it("states deaths without injured as an injury fact with killed only", () => {
    expect(factsOf("injury", "Three people were killed in a Russian strike on Kherson.").map((f) => [f.injured, f.killed, f.place])).toEqual([
      [null, 3, "Kherson"],
    ]);
  });

  it("takes the deaths of the sentence before, and quotes both sentences", () => {
    const text = "A ballistic missile struck an apartment building in Sumy on Sunday, killing 11 people. The attack also injured 84 people, among them 11 children.";
    const [f] = factsOf("injury", text);
    expect([f?.injured, f?.killed]).toEqual([84, 11]);
    expect(f?.quote).toBe(text);
  });

  it("skips the parts in 'Of the 66 people hospitalized, ... 34 sustained severe injuries'", () => {
    const text = "Russian missiles struck Vinnytsia on Thursday, wounding more than 100 people.\nOf the 66 people hospitalized, five remained in critical condition while 34 sustained severe injuries.";
    expect(factsOf("injury", text).map((f) => f.injured)).toEqual([100]);
  });

  it("does not read 'National Police Chief' as the Polish town of Police, and title-cases datelines", () => {
    const text = "VINNYTSIA, Ukraine (AP) — Russian missiles struck the city on Thursday, wounding more than 100 others.\nNational Police Chief Ihor Klymenko said 39 people were missing and 12 were injured in a second strike.";
    // The second sentence names no place and does not refer back to one: its place stays empty.
    expect(factsOf("injury", text).map((f) => f.place)).toEqual(["Vinnytsia", null]);
  });

  it("reads 'In total' and 'So far' that sum up one attack as facts", () => {
    expect(factsOf("injury", "In total, 30 people were injured in the Russian strike on Kharkiv on Monday.")[0]?.injured).toBe(30);
    expect(factsOf("injury", "So far, 12 people have been injured in the attack on Odesa, the governor said.")[0]?.injured).toBe(12);
  });

  it("skips a sentence set in an earlier year by its opener ('In 2022, ...')", () => {
    expect(factsOf("injury", "In 2022, Russian shelling wounded 40 people in Kharkiv.", "2024-01-10")).toEqual([]);
  });

  it("skips running totals: 'since February 2022, 10,000 civilians have been injured'", () => {
    expect(factsOf("injury", "Since February 2022, more than 10,000 civilians have been injured in Ukraine.")).toEqual([]);
    expect(factsOf("injury", "Ukrainian authorities say 600 civilians have been injured in the Kherson region since its liberation in November 2022.")).toEqual([]);
  });

  it("merges a heading, a lead and a quote that repeat '24 injured' into one fact", () => {
    const text = [
      "Fire in Sevastopol shipyard leaves 24 injured",
      "A Ukrainian attack early this Wednesday on a shipyard in Sevastopol injured 24 people, the governor said.",
      "“A total of 24 people were injured,” he added.",
    ].join("\n");
    const facts = factsOf("injury", text);
    expect(facts).toHaveLength(1);
    expect(facts[0]?.quote).toContain("A Ukrainian attack");
  });

  it("resolves 'overnight from Tuesday to Wednesday' to the Wednesday", () => {
    const [f] = factsOf("injury", "Russian drones struck Izmail overnight from Tuesday to Wednesday, injuring six people.", "2023-09-14");
    expect(f?.date).toBe("2023-09-13");
  });

  it("defaults to the publication day, with lower confidence, when no day is stated", () => {
    const [dated] = factsOf("injury", "Russian shelling of Kherson on Tuesday wounded eight people.");
    const [undated] = factsOf("injury", "Russian shelling of Kherson wounded eight people.");
    expect(undated?.date).toBe("2023-09-13");
    expect(undated?.confidence).toBeLessThan(dated?.confidence ?? 0);
  });
});

describe("injury facts reported by two parties", () => {
  it("keeps different counts from different sources as two facts", () => {
    const text = [
      "23 civilians were killed and 28 were wounded by Russia's strike on Ukraine's Zaporizhzhia region, the local governor says.",
      "A pro-Russian official claims the strike had been executed by Ukraine's army. He reports 23 civilians dead and 34 wounded.",
    ].join("\n");
    const facts = factsOf("injury", text);
    expect(facts.map((f) => [f.injured, f.attacker])).toEqual([
      [28, "RU"],
      [34, "UA"],
    ]);
  });

  it("reads 'the two people injured are in a serious condition' as the serious count", () => {
    const text = "One person was killed and two others injured on Tuesday in a Ukrainian bombardment in the Belgorod region.\nThe two people injured are in intensive care in a serious condition, he said.";
    expect(factsOf("injury", text)[0]?.serious).toBe(2);
  });
});
