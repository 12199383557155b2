/**
 * The phenomena real dispatches showed (issue 11) and the annotation guide's rules, each from
 * invented sentences: page furniture, negation, singulars, defensive structures with sizes,
 * running totals, updated figures, launched-then-destroyed, shoot-down verbs, drones across the
 * border, places as the fact's own sentence names them, and the rule behind every fact.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../lib/extract/extract-facts";
import { RULE_BASE } from "../../../lib/extract/rules";
import { factsOf } from "./helpers";

describe("page furniture", () => {
  it("states no fact from a linked story's headline inside the text", () => {
    const text = "Kharkiv mayor visits a new school\nThe mayor spoke to teachers on Monday.\nRead more: Russian drones injure 12 people in Odesa";
    expect(extractFacts(text, "2024-05-06")).toEqual([]);
  });

  it("states no fact from a list of other headlines after the body", () => {
    const text = [
      "Denmark announces new support",
      "Denmark said on Monday it would keep helping Ukraine.",
      "Ukraine downs 31 of 35 drones overnight",
      "Missile strike on Dnipro injures 14 people",
    ].join("\n");
    expect(extractFacts(text, "2024-05-06")).toEqual([]);
  });
});

describe("negation", () => {
  it("reads 'no one was hurt', 'no casualties' and 'none of the drones' as no numbers", () => {
    expect(factsOf("injury", "A drone hit a warehouse in Sumy on Monday. No one was hurt.")).toEqual([]);
    expect(factsOf("injury", "There were no casualties after the strike on Kharkiv, the governor said.")).toEqual([]);
    expect(factsOf("drone", "None of the 20 drones reached their targets over the Kursk region, the governor said.")).toEqual([]);
  });
});

describe("singulars count one", () => {
  it("reads 'a drone crashed' as one drone that came down", () => {
    const [f] = factsOf("drone", "A drone crashed near a highway in the Kursk region on Monday, the governor said.");
    expect([f?.count, f?.outcome, f?.country, f?.place]).toEqual([1, "hit", "RU", "Kursk region"]);
  });

  it("reads 'a woman was killed' as one killed, with no injured count", () => {
    const [f] = factsOf("injury", "A woman was killed when Russian shells hit Kherson on Tuesday.");
    expect([f?.injured, f?.killed, f?.place, f?.rule]).toEqual([null, 1, "Kherson", "injury.killed-only"]);
  });

  it("reads 'the second shelter bus stop' and 'a fourth underground school' as one shelter each", () => {
    expect(factsOf("shelter", "The city's second shelter bus stop was installed in Kharkiv on Monday.").map((f) => [f.count, f.place])).toEqual([[1, "Kharkiv"]]);
    expect(factsOf("shelter", "A fourth underground school has opened in Zaporizhzhia.").map((f) => [f.count, f.place])).toEqual([[1, "Zaporizhzhia"]]);
  });

  it("does not count a singular shelter that is only planned or begun", () => {
    expect(factsOf("shelter", "Kharkiv will open an underground school next year.")).toEqual([]);
    expect(factsOf("shelter", "Construction of a shelter has begun in Sumy.")).toEqual([]);
  });
});

describe("defensive structures", () => {
  it("reads a size written as a compound: 'a 90-km fence' is one structure 90,000 m long", () => {
    const [f] = factsOf("shelter", "Estonia has completed a 90-km fence along its border with Russia.", "2024-05-06");
    expect([f?.count, f?.lengthM, f?.country, f?.rule]).toEqual([1, 90000, "EE", "shelter.defensive-structure"]);
  });

  it("reads sizes in words: 'four-metre-high', 'over two metres high'", () => {
    expect(factsOf("shelter", "Lithuania has finished a four-metre-high barrier on its border with Belarus.", "2024-05-06")[0]?.heightM).toBe(4);
    expect(factsOf("shelter", "Poland built a steel wall over two metres high on its eastern border.", "2024-05-06")[0]?.heightM).toBe(2);
  });

  it("takes the size from the next sentence about the same wall", () => {
    const text = "Latvia has completed the construction of a wall on its border with Russia. The length of the wall is 120.5 kilometres.";
    const [f] = factsOf("shelter", text, "2024-05-06");
    expect([f?.count, f?.lengthM, f?.country]).toEqual([1, 120500, "LV"]);
    expect(f?.quote).toBe(text);
  });

  it("states no fact for a fence without a size, or one only begun or planned", () => {
    expect(factsOf("shelter", "Latvia has completed a barrier on its border with Russia.", "2024-05-06")).toEqual([]);
    expect(factsOf("shelter", "Finland has begun building a 3-km fence on its eastern border.", "2024-05-06")).toEqual([]);
    expect(factsOf("shelter", "Norway plans to build a 200-km fence on its border.", "2024-05-06")).toEqual([]);
  });

  it("reads no count from plans, targets or stock", () => {
    expect(factsOf("shelter", "The region plans to open 21 underground schools, with nine currently under construction.", "2024-05-06")).toEqual([]);
    expect(factsOf("shelter", "Poland will build 150 bomb shelters along its eastern border.", "2024-05-06")).toEqual([]);
  });
});

describe("aid totals and restatements", () => {
  it("skips running totals: 'bringing the total to', 'packages worth a combined', 'total support will amount to'", () => {
    expect(factsOf("aid", "Germany announced a new €500 million package, bringing the total to €28 billion.").map((f) => f.amount)).toEqual([500_000_000]);
    expect(factsOf("aid", "The United States has approved 60 packages worth a combined $66 billion for Ukraine.")).toEqual([]);
    expect(factsOf("aid", "With this decision, Sweden's total support to Ukraine will amount to SEK 90 billion.")).toEqual([]);
  });

  it("keeps a multi-year pledge once, not its per-year restatement", () => {
    const facts = factsOf("aid", "Norway pledged NOK 60 billion for Ukraine over five years, NOK 12 billion a year.", "2024-05-06");
    expect(facts.map((f) => [f.amount, f.currency])).toEqual([[60_000_000_000, "NOK"]]);
  });

  it("reads capitalized scales in headlines ('$100 Million') and the Department of Defense as the US", () => {
    expect(factsOf("aid", "Japan Provides $100 Million to Assist People of Ukraine", "2024-05-06")[0]?.amount).toBe(100_000_000);
    expect(factsOf("aid", "The Department of Defense (DoD) announced $300 million in security assistance for Ukraine.", "2024-05-06")[0]?.donor).toBe("US");
  });
});

describe("updated figures", () => {
  it("keeps only the latest figure one side gives for the same place and day", () => {
    const text = "Russian drones struck Kharkiv on Monday, injuring five people, the governor said. By evening, the number of injured in Kharkiv had risen to eight.";
    expect(factsOf("injury", text, "2024-05-06").map((f) => f.injured)).toEqual([8]);
  });

  it("keeps two figures of different places", () => {
    const text = "A strike on Kharkiv on Monday injured five people. A strike on Sumy on Monday injured three people.";
    expect(factsOf("injury", text, "2024-05-06").map((f) => f.injured)).toEqual([5, 3]);
  });
});

describe("drone outcomes", () => {
  it("keeps a launch total as launched: 'launched 120 drones – air defence destroyed 97'", () => {
    const facts = factsOf("drone", "Russia launched 120 drones overnight – air defence destroyed 97, Ukraine's air force said.", "2024-05-06");
    expect(facts.map((f) => [f.count, f.launched, f.outcome, f.rule])).toEqual([[97, 120, "shot_down", "drone.shot-down-of-launched"]]);
  });

  it("reads the same across two sentences about one night", () => {
    const text = "Russia launched 64 Shahed drones at Ukraine overnight, the air force said. Air defence destroyed 58.";
    expect(factsOf("drone", text, "2024-05-06").map((f) => [f.count, f.launched, f.outcome])).toEqual([[58, 64, "shot_down"]]);
  });

  it("reads more shoot-down verbs: took down, neutralised, eliminated, intercepted", () => {
    for (const verb of ["took down", "neutralised", "eliminated", "intercepted"]) {
      const [f] = factsOf("drone", `Ukrainian air defence ${verb} 12 Shahed drones over the Odesa region overnight.`, "2024-05-06");
      expect([verb, f?.count, f?.outcome]).toEqual([verb, 12, "shot_down"]);
    }
  });

  it("reads 'all N drones were shot down' as N of N", () => {
    const [f] = factsOf("drone", "All 14 Russian drones were shot down overnight, the air force said.", "2024-05-06");
    expect([f?.count, f?.launched, f?.claimant]).toEqual([14, 14, "UA"]);
  });

  it("places drones that came down across the border in the neighbour", () => {
    const [f] = factsOf("drone", "A Russian drone crashed in eastern Romania overnight, the Romanian defence ministry said.", "2024-05-06");
    expect([f?.count, f?.outcome, f?.country]).toEqual([1, "hit", "RO"]);
    const [g] = factsOf("drone", "Fragments of a drone were found in southeastern Romania on Monday, the defence ministry said.", "2024-05-06");
    expect([g?.count, g?.outcome, g?.country]).toEqual([1, "hit", "RO"]);
  });

  it("does not count 'one of the drones' again", () => {
    const text = "Russia's defence ministry said it destroyed two Ukrainian drones over the Belgorod region on Monday. Fragments of one of the drones fell on a road.";
    expect(factsOf("drone", text, "2024-05-06").map((f) => f.count)).toEqual([2]);
  });
});

describe("place as the fact's own sentence names it", () => {
  it("joins several regions into one place", () => {
    const [f] = factsOf("drone", "All 18 drones were shot down over the Kyiv, Poltava and Sumy oblasts, the air force said.", "2024-05-06");
    expect(f?.place).toBe("Kyiv, Poltava and Sumy oblasts");
  });

  it("does not carry a place over from another sentence unless the text refers back", () => {
    const text = "A Russian missile hit a school in Dnipro on Monday, injuring four people. Separately, two people were wounded by shelling, the governor said.";
    expect(factsOf("injury", text, "2024-05-06").map((f) => [f.injured, f.place])).toEqual([
      [4, "Dnipro"],
      [2, null],
    ]);
    const back = "Russian drones attacked Sumy overnight. Three people were injured in the attack.";
    expect(factsOf("injury", back, "2024-05-06").map((f) => [f.injured, f.place])).toEqual([[3, "Sumy"]]);
  });

  it("places each count of two places by its own clause", () => {
    const text = "Six people were killed in Kharkiv while two others were killed in the town of Chuhuiv on Monday.";
    expect(factsOf("injury", text, "2024-05-06").map((f) => [f.killed, f.place])).toEqual([
      [6, "Kharkiv"],
      [2, "Chuhuiv"],
    ]);
  });

  it("names a district as written, below its region", () => {
    const [f] = factsOf("drone", "Air defence shot down a drone over the Ramensky District of the Moscow region on Sunday, the ministry said.", "2024-05-06");
    expect([f?.place, f?.country]).toEqual(["Ramensky District", "RU"]);
  });
});

describe("rules", () => {
  it("names the rule behind every fact, one the calibration table knows", () => {
    const text = "Russian drones struck Kharkiv on Monday, injuring five people. Ukraine's air force said it shot down 20 of 25 drones. Denmark pledged €100 million to Ukraine.";
    const facts = extractFacts(text, "2024-05-06");
    expect(facts.map((f) => f.rule)).toEqual(["injury.injured", "drone.shot-down-of-launched", "aid.pledge"]);
    for (const f of facts) expect(Object.keys(RULE_BASE)).toContain(f.rule);
  });
});
