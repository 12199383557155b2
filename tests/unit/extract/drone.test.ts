import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers";

describe("drone facts", () => {
  it("reads 'shot down 22 of the 27 Shahed drones' with the air force as claimant", () => {
    const [f, ...rest] = factsOf("drone", "Ukraine's air defences shot down 22 of the 27 Shahed drones launched overnight, Ukraine's air force said.");
    expect(rest).toEqual([]);
    expect([f?.count, f?.launched, f?.outcome, f?.claimant, f?.country]).toEqual([22, 27, "shot_down", "UA", "UA"]);
  });

  it("reads 'Moscow claimed to have shot down 42 Ukrainian drones in Crimea' as a Russian claim over UA ground", () => {
    const [f] = factsOf("drone", "On August 25, Moscow claimed to have shot down 42 Ukrainian drones in Crimea.");
    expect([f?.count, f?.claimant, f?.place, f?.country, f?.date]).toEqual([42, "RU", "Crimea", "UA", "2023-08-25"]);
  });

  it("joins 'launched 38 drones ..., 29 of which were destroyed' into one fact", () => {
    const facts = factsOf("drone", "Ukraine said on Tuesday that Russia had launched 38 Shahed drones overnight, 29 of which were destroyed.");
    expect(facts.map((f) => [f.count, f.launched, f.outcome, f.claimant])).toEqual([[29, 38, "shot_down", "UA"]]);
  });

  it("reads 'N out of M' and 'Seventeen enemy drones were shot down'", () => {
    expect(factsOf("drone", "Ukraine's air force shot down two out of three Russia-launched Shahed drones overnight.")[0]?.launched).toBe(3);
    expect(factsOf("drone", "Seventeen enemy drones were shot down over the Mykolaiv region, the Ukrainian air force said.")[0]?.count).toBe(17);
  });

  it("takes the speaker, not the reported subject, as claimant ('the air force said Russia launched ...')", () => {
    const [f] = factsOf("drone", "Ukraine's air force said Russia launched 90 drones and 5 missiles; 70 drones were shot down.");
    expect([f?.count, f?.launched, f?.claimant]).toEqual([70, 90, "UA"]);
  });

  it("reads launches and hits", () => {
    expect(factsOf("drone", "Russia attacked Ukraine with 48 drones overnight, the Ukrainian air force said.")[0]?.outcome).toBe("launched");
    expect(factsOf("drone", "Three Ukrainian drones hit an oil depot in the Bryansk region, the governor said.")[0]?.outcome).toBe("hit");
  });

  it("keeps two parties' different counts as two facts with their claimants", () => {
    const facts = factsOf(
      "drone",
      "Russia's defence ministry said it had destroyed 30 Ukrainian drones over Crimea on Tuesday. Kyiv said it had launched 12 drones and that eight had hit their targets.",
    );
    expect(facts.find((f) => f.count === 30)?.claimant).toBe("RU");
    expect(facts.some((f) => f.claimant === "UA")).toBe(true);
  });

  it("states no fact for drones without a number, nor for missiles or model names", () => {
    expect(factsOf("drone", "Several groups of attack drones were directed against the Izmail district.")).toEqual([]);
    expect(factsOf("drone", "Ukraine's air force intercepted seven of the 10 Kalibr missiles.")).toEqual([]);
    expect(factsOf("drone", "Russia used Shahed-136 drones and Kh-101 missiles.")).toEqual([]);
  });

  it("skips running totals of drones", () => {
    expect(factsOf("drone", "Since the start of the invasion, Russia has launched more than 4,600 Shahed drones at Ukraine.")).toEqual([]);
    expect(factsOf("drone", "In total, Russia has launched more than 4,000 drones at Ukraine.")).toEqual([]);
    expect(factsOf("drone", "Over the past year, Russia launched 9,000 Shahed drones at Ukraine, the air force said.")).toEqual([]);
    expect(factsOf("drone", "In total, 56 drones were shot down overnight, the Ukrainian air force said.")[0]?.count).toBe(56);
  });
});

describe("drone facts in headlines and follow-ups", () => {
  it("reads present-tense headlines and merges them with the report", () => {
    const text = [
      "Ukraine downs 17 of 23 Shahed drones in overnight attack",
      "Ukraine's air defense forces shot down 17 of the 23 Shahed drones Russia launched on Wednesday, the Air Force said.",
      "Seventeen enemy drones were shot down over several regions by mobile fire groups.",
    ].join("\n");
    const facts = factsOf("drone", text, "2023-09-13");
    expect(facts.map((f) => [f.count, f.launched, f.outcome])).toEqual([[17, 23, "shot_down"]]);
  });

  it("treats a launch count and the shoot-down 'of' it as one attack, and launch areas as no place", () => {
    const text =
      "The air force shot down 14 of 16 Shahed drones launched by Russia overnight.\nRussians attacked Ukraine with 16 Shahed-type drones (launch areas: Yeysk and Kursk).";
    const facts = factsOf("drone", text);
    expect(facts.map((f) => [f.count, f.launched, f.place])).toEqual([[14, 16, null]]);
  });

  it("does not make the target of 'Russia attacks Ukraine with 48 drones' the attacker", () => {
    const [f] = factsOf("drone", "Russia attacks Ukraine with 48 drones overnight");
    expect([f?.outcome, f?.claimant, f?.country]).toEqual(["launched", "UA", "UA"]);
  });
});

describe("air-force tallies across sentences", () => {
  it("joins 'Russia launched 132 drones' and 'Of the 132 drones, 88 were downed, 41 were lost'", () => {
    const text =
      "Ukraine's air force said on Friday Russia launched 132 drones overnight.\nOf the 132 drones, 88 drones were downed by the air force, 41 were \"lost\", likely due to electronic warfare.";
    expect(factsOf("drone", text, "2024-10-25").map((f) => [f.count, f.launched, f.outcome, f.claimant])).toEqual([[88, 132, "shot_down", "UA"]]);
  });

  it("joins a launch and a later 'neutralized' under one heading, naming the launcher from before", () => {
    const text = "Russia launched 728 drones and 13 missiles over Ukraine overnight. Air defense forces neutralized 711 drones and 7 missiles.";
    expect(factsOf("drone", text).map((f) => [f.count, f.launched, f.country])).toEqual([[711, 728, "UA"]]);
  });

  it("counts no decoys, and reads 'destroy 57 out of 97' in a headline", () => {
    const text = [
      "Ukrainian air defences destroy 57 out of 97 drones launched by Russia overnight, 34 decoy drones fail to reach their targets",
      "Russian forces attacked Ukraine with 97 drones overnight. Ukrainian air defence units have destroyed 57 drones.",
    ].join("\n");
    expect(factsOf("drone", text).map((f) => [f.count, f.launched])).toEqual([[57, 97]]);
  });

  it("drops launches by type that add up to a total, and a dateline as the place", () => {
    const text = [
      "KYIV (Reuters) - Ukraine shot down all five Russia-launched drones during an overnight attack, the air force said on Friday.",
      "Russia used three Shahed-type drones and two drones of an unidentified type for the attack, it said.",
    ].join("\n");
    expect(factsOf("drone", text).map((f) => [f.count, f.place])).toEqual([[5, null]]);
  });
});

describe("drone outcomes in reports from Russian regions", () => {
  it("reads 'More than three dozen UAVs ... were deployed' as 36 launched, in the section's country", () => {
    const text =
      "Russia's southern Rostov region was subjected to a massive attack, the governor said on Thursday.\n\"More than three dozen UAVs and three missiles\" were deployed, he said.";
    const [f] = factsOf("drone", text);
    expect([f?.count, f?.outcome, f?.country]).toEqual([36, "launched", "RU"]);
  });

  it("reads 'rammed into' and 'One kamikaze drone hit' as hits", () => {
    expect(factsOf("drone", "Four fixed-wing drones rammed into an oil plant in Russia's Ryazan region.")[0]?.outcome).toBe("hit");
    const text = "In Russia, drones attacked an oil depot in Oryol.\nOne kamikaze drone hit a fuel tank.";
    expect(factsOf("drone", text).map((f) => [f.count, f.outcome, f.country])).toEqual([[1, "hit", "RU"]]);
  });

  // The annotation guide (§2) makes an aggregate and each part of its breakdown by place separate facts.
  it("keeps a total and each part of its breakdown by region, placed by its own region", () => {
    const text = [
      "\"Last night, the air defense systems on duty destroyed 56 Ukrainian UAVs,\" the Russian defence ministry said.",
      "It said 11 drones were shot down over the Belgorod Region, 28 over the Voronezh Region, and 17 over the Rostov Region.",
      "The ministry said it destroyed 22 Ukrainian UAVs: 8 UAVs over the territory of the Oryol region, 7 UAVs over the territory of the Kursk region.",
    ].join("\n");
    const byCount = factsOf("drone", text).sort((a, b) => b.count - a.count);
    expect(byCount.map((f) => [f.count, f.place])).toEqual([
      [56, null],
      [28, "Voronezh region"],
      [22, null],
      [17, "Rostov region"],
      [11, "Belgorod region"],
      [8, "Oryol region"],
      [7, "Kursk region"],
    ]);
  });

  it("resolves 'over the region' to the region named earlier in the section", () => {
    const text = "One person was killed on Tuesday in the border region of Belgorod, the governor said.\nMoscow said its forces had also downed 8 Ukrainian drones over the region on Monday night.";
    expect(factsOf("drone", text).map((f) => [f.count, f.place, f.date])).toEqual([[8, "Belgorod region", "2023-09-11"]]);
  });

  it("does not take the reporting side's own military for the drones' owner", () => {
    const [f] = factsOf("drone", "Ukraine's military said its air defences had brought down 16 of 20 attack drones fired overnight.");
    expect([f?.claimant, f?.country]).toEqual(["UA", "UA"]);
  });

  it("does not take the air defence that shoots for the drones' owner", () => {
    const [f] = factsOf("drone", "According to the governor of the Kursk region, the Russian air defense forces shot down four drones.");
    expect([f?.claimant, f?.country]).toEqual(["RU", "RU"]);
  });
});
