/**
 * How a sentence speaks of drones: "22 of the 27 Shahed drones", "42 Ukrainian drones",
 * "12 Shahed drones, of which nine were destroyed", "all 35 drones had been shot down", and the
 * verb that gives the outcome (shot down, launched, hit).
 */
import type { NumberMention } from "../numbers";

const STOP_MODIFIER = String.raw`(?!(?:were|was|and|or|of|which|that|in|on|at|over|by|from|to|the|had|have|has|been|with|missiles?|rockets?)\b)`;
const DRONE_NOUN = String.raw`(?:drones?|UAVs?|unmanned\s+aerial\s+vehicles?|unmanned\s+aircraft|Shaheds?|Gerans?|Geran-2s?|Lancets?)`;
/** After the number: "of the 27" (optional), up to four modifiers, then a drone noun. */
export const DRONE_AFTER = new RegExp(
  String.raw`^\s*(?:(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?(\d[\d,]*|[a-z]+(?:[-\s][a-z]+)?)\s+)?((?:${STOP_MODIFIER}[\w/'’-]+\s+){0,4}?)${DRONE_NOUN}\b`,
  "i",
);
/** "of the unmanned aerial vehicles": a count of drones already named. */
const OF_THE_DRONES = new RegExp(String.raw`^\s*(?:out\s+)?of\s+(?:the|them|these|those)\s+(?:[\w-]+\s+){0,2}?${DRONE_NOUN}\b`, "i");
const OF_WHICH = /^\s+of\s+(?:which|them|these)\b|\b(?:of\s+which|of\s+them|of\s+these)\s+$/i;

// Headlines speak in the present ("Ukraine downs 17 drones"), reports in the past.
const SHOT = String.raw`(?:shoot\s+down|destroy|intercept|neutrali[sz]e|shoots?\s+down|shot\s+down|shooting\s+down|downs|downed|downing|destroys|destroyed|destroying|intercepts|intercepted|intercepting|neutrali[sz]e[sd]|repel(?:s|led)|suppressed|eliminated|brought\s+down|taken\s+down|disabled|foiled|jammed|shot)`;
const LAUNCH = String.raw`(?:launch(?:es|ed)|launching|fires|fired|firing|attacks|attacked|attacking|sent|released|used|deployed)`;
const HIT = String.raw`(?:hits?|strikes|struck|crashe[sd]|reached\s+(?:their\s+)?targets?|damage[sd]|exploded|slam(?:s|med)|ram(?:s|med)|smashed)`;

export type DroneOutcome = "shot_down" | "launched" | "hit";

export interface DronePhrase {
  count: number;
  launched: number | null;
  /** Offsets in the sentence of the whole phrase (number to noun). */
  end: number;
  /** The words from the number to the noun ("Ukrainian drones", "Shahed attack drones"). */
  modifiers: string;
  /** Counts only a part of drones named earlier: "nine of which", "41 of the UAVs". */
  partOfEarlier: boolean;
}

// Decoys and drones "lost" to jamming are no shoot-down, launch or hit of their own.
const DECOY = /\b(?:decoy|imitation|dummy|mock|simulator)\b/i;
const LOST_AFTER = /^[^,;.]{0,30}?\b(?:were|was)\s+["“']?(?:locationally\s+)?lost\b|^[^,;.]{0,30}?\bdisappeared\b/i;

export function dronePhrase(sentence: string, n: NumberMention, parse: (raw: string) => number | null): DronePhrase | null {
  const after = sentence.slice(n.end, n.end + 120);
  const before = sentence.slice(Math.max(0, n.start - 20), n.start);
  const m = DRONE_AFTER.exec(after);
  if (m && (DECOY.test(m[0]) || LOST_AFTER.test(after))) return null;
  if (!m && LOST_AFTER.test(after)) return null;
  if (m) {
    const launched = m[1] ? parse(m[1]) : null;
    return { count: n.value, launched, end: n.end + m[0].length, modifiers: m[0], partOfEarlier: false };
  }
  if (OF_THE_DRONES.test(after) || OF_WHICH.test(after) || OF_WHICH.test(before)) {
    return { count: n.value, launched: null, end: n.end, modifiers: "", partOfEarlier: true };
  }
  return null;
}

const OF_THE_TOTAL = new RegExp(String.raw`^\W*(?:Of|Out\s+of)\s+(?:the|these|those)\s+(\d[\d,]*)\s+(?:[\w-]+\s+){0,3}?${DRONE_NOUN}\s*,`, "i");

/** "Of the 132 drones, 88 were downed ...": the total the sentence opens with, and where it ends. */
export function openingTotal(sentence: string, parse: (raw: string) => number | null): { total: number; end: number } | null {
  const m = OF_THE_TOTAL.exec(sentence);
  const total = m?.[1] ? parse(m[1]) : null;
  return m && total !== null ? { total, end: m.index + m[0].length } : null;
}

/** The outcome verb nearest the phrase within its clause; shooting down outranks hitting. */
export function droneOutcome(sentence: string, start: number, end: number): DroneOutcome | null {
  // The clause before the phrase only: in "drones launched by Russia overnight, 34 decoy drones
  // fail ..." the launch belongs to the earlier count.
  const clauseStart = Math.max(sentence.lastIndexOf(";", start), sentence.lastIndexOf(",", start) + 1, 0);
  const before = sentence.slice(Math.max(clauseStart, start - 70), start);
  // The clause after the phrase only: in "12 drones, of which nine were destroyed" the 12 were launched.
  const after = sentence.slice(end, end + 70).split(/[;,]/)[0] ?? "";
  const near = `${before} ${after}`;
  if (new RegExp(String.raw`\b${SHOT}\b`, "i").test(near)) return "shot_down";
  if (new RegExp(String.raw`\b${HIT}\b`, "i").test(after) || new RegExp(String.raw`\b${HIT}\s*$`, "i").test(before)) return "hit";
  if (new RegExp(String.raw`\b${LAUNCH}\b`, "i").test(near) || /\battack\b/i.test(near)) return "launched";
  return null;
}
