/**
 * Every fact names the rule that produced it, and its confidence starts from that rule's
 * calibrated base: the share of the rule's facts that were right on the real set (both parts,
 * `--part all`, since the third pass), smoothed by one right and one wrong ((right + 1) / (proposed + 2)), so a rule seen
 * a few times stays modest (docs/extraction.md, "Calibration"). Inferences the fact needed (a day
 * or place taken from context, a guessed claimant, a heading) then lower it (evidence.ts).
 */
export const RULE_BASE = {
  /** "24 people were injured", "injuring six": an injured count, killed beside it. */
  "injury.injured": 0.96,
  /** "Nine people were killed", "a woman was killed": deaths with no injured count. */
  "injury.killed-only": 0.9,
  /** "shot down 22 of the 27 drones", "launched 120 ... destroyed 97": a shoot-down with its launch total. */
  "drone.shot-down-of-launched": 0.9,
  /** "Seventeen drones were shot down", "took down a drone". */
  "drone.shot-down": 0.96,
  /** "Russia launched 35 attack drones" with no shoot-down figure. */
  "drone.launched": 0.8,
  /** "Three drones hit an oil depot", "a drone came down in Romania". */
  "drone.hit": 0.86,
  /** "$2.4 billion to Ukraine" with a donor named in the sentence. */
  "aid.pledge": 0.95,
  /** An amount whose donor comes from context or the currency. */
  "aid.pledge-inferred-donor": 0.75,
  /** "build two concrete shelters", "17 new shelters": a stated number of shelters. */
  "shelter.count": 0.67,
  /** "a shelter was installed", "the sixth underground school opened": one structure. */
  "shelter.singular": 0.91,
  /** "a 90-km fence", "the length of the wall is 186 km": a defensive structure with a size. */
  "shelter.defensive-structure": 0.86,
} as const;

export type RuleName = keyof typeof RULE_BASE;
