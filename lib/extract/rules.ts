/**
 * Every fact names the rule that produced it, and its confidence starts from that rule's
 * calibrated base: the share of the rule's facts that were right on text the rules had NOT been
 * written on — each labelled set's first run, before any rule was tuned on it (the old held part with
 * the second pass, real-fresh with the third, real-fresh2, real-dev2 and real-dev3 with the fourth) —
 * smoothed by one right and one wrong ((right + 1) / (proposed + 2)). Fitted figures (every set the
 * rules were tuned on scores near 1.00) would overstate by 0.15–0.4 (docs/extraction.md, "Calibration
 * on first looks"). Inferences the fact needed (a day or place taken from context, a guessed claimant,
 * a heading) then lower it (evidence.ts); each further mention of the same fact raises it (dedupe.ts).
 */
export const RULE_BASE = {
  /** "24 people were injured", "injuring six": an injured count, killed beside it. */
  "injury.injured": 0.66,
  /** "Nine people were killed", "a woman was killed": deaths with no injured count. */
  "injury.killed-only": 0.67,
  /** "shot down 22 of the 27 drones", "launched 120 ... destroyed 97": a shoot-down with its launch total. */
  "drone.shot-down-of-launched": 0.86,
  /** "Seventeen drones were shot down", "took down a drone". */
  "drone.shot-down": 0.79,
  /** "Russia launched 35 attack drones" with no shoot-down figure. */
  "drone.launched": 0.6,
  /** "Three drones hit an oil depot", "a drone came down in Romania". */
  "drone.hit": 0.67,
  /** "$2.4 billion to Ukraine" with a donor named in the sentence. */
  "aid.pledge": 0.69,
  /** An amount whose donor comes from context or the currency. */
  "aid.pledge-inferred-donor": 0.2,
  /** "build two concrete shelters", "17 new shelters": a stated number of shelters. */
  "shelter.count": 0.47,
  /** "a shelter was installed", "the sixth underground school opened": one structure. */
  "shelter.singular": 0.69,
  /** "a 90-km fence", "the length of the wall is 186 km": a defensive structure with a size. */
  "shelter.defensive-structure": 0.5,
} as const;

export type RuleName = keyof typeof RULE_BASE;
