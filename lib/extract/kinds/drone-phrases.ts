/**
 * How a sentence speaks of drones: "22 of the 27 Shahed drones", "42 Ukrainian drones",
 * "12 Shahed drones, of which nine were destroyed", "all 35 drones had been shot down", and the
 * verb that gives the outcome (shot down, launched, hit).
 */
import type { NumberMention } from "../numbers";
import { allMatches } from "../matches";

const STOP_MODIFIER = String.raw`(?!(?:were|was|and|or|of|which|that|in|on|at|over|by|from|to|the|had|have|has|been|with|missiles?|rockets?)\b)`;
const DRONE_NOUN = String.raw`(?:drones?|UAVs?|unmanned\s+aerial\s+vehicles?|unmanned\s+aircraft|Shaheds?|Shahed-136s?|Gerans?|Geran-2s?|Lancets?|loitering\s+munitions?)`;
/** After the number: "of the 27" (optional), up to four modifiers, then a drone noun. */
export const DRONE_AFTER = new RegExp(
  String.raw`^\s*(?:(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?(\d[\d,]*|[a-z]+(?:[-\s][a-z]+)?)\s+)?((?:${STOP_MODIFIER}["“”]?[\w/'’-]+["“”]?\s+){0,4}?)${DRONE_NOUN}\b`,
  "i",
);
/** "of the unmanned aerial vehicles": a count of drones already named. */
const OF_THE_DRONES = new RegExp(String.raw`^\s*(?:out\s+)?of\s+(?:the|them|these|those)\s+(?:[\w-]+\s+){0,2}?${DRONE_NOUN}\b`, "i");
const OF_WHICH = /^\s+of\s+(?:which|them|these)\b|\b(?:of\s+which|of\s+them|of\s+these)\s+$/i;

// Headlines speak in the present ("Ukraine downs 17 drones"), reports in the past.
// The guide's shoot-down verbs in every tense: shot down, downed, took down, destroyed,
// intercepted, neutralised, eliminated, suppressed (electronic warfare), "lost in location".
const SHOT = String.raw`(?:(?:destruction|interception|downing|neutrali[sz]ation|elimination)\s+of|(?:shoot|shoots|shot|shooting|take|takes|took|taken|taking|bring|brings|brought|bringing|knock|knocks|knocked|knocking)\s+(?:them\s+|it\s+)?down|(?:take|takes|took|taken|taking|knock|knocks|knocked|knocking)\s+(?:them\s+|it\s+)?out|liquidat(?:e|es|ed|ing)|(?:were|was)\s+(?:hit|struck)\s+by\s+(?:air\s+defen[cs]e|anti-aircraft)|destroy|destroys|destroyed|destroying|intercept|intercepts|intercepted|intercepting|neutrali[sz](?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|suppress(?:es|ed|ing)?|downs|downed|downing|repel(?:s|led)|disabled|foiled|jammed|(?:locationally\s+)?lost(?:\s+in\s+location|\s+locally)|shot)`;
const LAUNCH = String.raw`(?:launch(?:es|ed)|launching|unleash(?:es|ed)|fires|fired|firing|attacks|attacked|attacking|sent|released|used|deployed)`;
const HIT = String.raw`(?:hits?|strikes|struck|crash(?:es|ed)?|reached\s+(?:their\s+)?targets?|damage[sd]|exploded|slam(?:s|med)|ram(?:s|med)|smashed|c[ao]me\s+down|fell|landed)`;

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
// "lost in location" is a shoot-down by electronic warfare (the guide); a bare "lost" is not.
const LOST_AFTER = /^[^,;.]{0,30}?\b(?:were|was)\s+["“']?lost["”']?(?!\s+(?:in\s+location|locally))\b|^[^,;.]{0,30}?\bdisappeared\b/i;

// Guide §7: drones fly. Sea and ground drones are boats and vehicles: "two naval drones", "a sea drone",
// "maritime drones", "underwater drones", "drone boats", "ground drones" (UGVs).
const NOT_AERIAL = /\b(?:naval|sea|maritime|marine|water(?:borne)?|surface|underwater|undersea|subsea|submarine|boat|ground|land)(?:[- ]based)?(?![\w-])/i;
const VESSEL_AFTER = /^[\s-]*(?:boats?|ships?|vessels?|craft|carriers?)\b/i;

/** The words before a drone noun (`modifiers`) or the noun after it name a sea or ground drone, not one that flies. */
export function notAerial(modifiers: string, after: string): boolean {
  return NOT_AERIAL.test(modifiers) || VESSEL_AFTER.test(after.slice(0, 12));
}

/** The number counts sea or ground drones ("two naval drones"): no drone fact, not even as a part of an earlier count. */
export function countsSeaOrGroundDrones(sentence: string, n: NumberMention): boolean {
  const after = sentence.slice(n.end, n.end + 120);
  const m = DRONE_AFTER.exec(after);
  return !!m && notAerial(m[2] ?? "", after.slice(m[0].length));
}

export function dronePhrase(sentence: string, n: NumberMention, parse: (raw: string) => number | null): DronePhrase | null {
  const after = sentence.slice(n.end, n.end + 120);
  const before = sentence.slice(Math.max(0, n.start - 20), n.start);
  const m = DRONE_AFTER.exec(after);
  if (m && (DECOY.test(m[0]) || LOST_AFTER.test(after))) return null;
  if (m && notAerial(m[2] ?? "", after.slice(m[0].length))) return null;
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

// "Of the 132 drones, ...", "Of the 120 drones launched overnight, ...": the opening total, with what
// follows the noun up to the comma (a participle and adverbs, no verb of its own).
const OF_THE_TOTAL = new RegExp(
  String.raw`^\W*(?:Of|Out\s+of)\s+(?:the|these|those|a\s+total\s+of)\s+(\d[\d,]*|[a-z]+(?:[-\s][a-z]+)?)\s+(?:[\w-]+\s+){0,3}?${DRONE_NOUN}(?:\s+(?!(?:were|was|are|is|had|have|has)\b)[\w-]+){0,5}\s*,`,
  "i",
);

/** "Of the 132 drones, 88 were downed ...": the total the sentence opens with, and where it ends. */
export function openingTotal(sentence: string, parse: (raw: string) => number | null): { total: number; end: number } | null {
  const m = OF_THE_TOTAL.exec(sentence);
  const total = m?.[1] ? parse(m[1]) : null;
  return m && total !== null ? { total, end: m.index + m[0].length } : null;
}

/**
 * The outcome verb of the phrase within its clause. A verb right before the number governs it
 * ("launched 120 drones – air defence destroyed 97": the 120 were launched), so the clause
 * before the phrase is read first, nearest verb winning; then the clause after it, where
 * shooting down outranks hitting ("18 drones launched overnight were all destroyed").
 */
export function droneOutcome(sentence: string, start: number, end: number): DroneOutcome | null {
  // The clause before the phrase only: in "drones launched by Russia overnight, 34 decoy drones
  // fail ..." the launch belongs to the earlier count.
  const clauseStart = Math.max(
    sentence.lastIndexOf(";", start),
    sentence.lastIndexOf(",", start) + 1,
    sentence.lastIndexOf(" – ", start),
    sentence.lastIndexOf(" — ", start),
    sentence.lastIndexOf(" - ", start),
    0,
  );
  const before = sentence.slice(Math.max(clauseStart, start - 70), start);
  // A verb at most four words before the number governs it ("launched a total of 120").
  const governing = GOVERNING_VERB.exec(before);
  // "a car was hit by a Ukrainian drone": the passive names the drone after the verb, as its agent.
  if (PASSIVE_HIT_BEFORE.test(before)) return "hit";
  if (governing) {
    if (governing[1] || governing[2]) return "shot_down";
    if (governing[4]) return "launched";
    if (governing[3] && HIT_RIGHT_BEFORE.test(before)) return "hit";
  }
  // "a drone intercepted by air defences crashed near a house": the participle tells how it came down, the
  // finite verb what it did there — a hit (not "a drone intercepted over X, the governor said").
  if (DOWNED_THEN_HIT.test(sentence.slice(end, end + 140))) return "hit";
  // The clause after the phrase only: in "12 drones, of which nine were destroyed" the 12 were launched.
  const after = sentence.slice(end, end + 70).split(/[;,]|\s[–—-]\s/)[0] ?? "";
  // "fragments of a drone were found": the drone came down.
  // "identified fragments that could have originated from a drone", "found debris believed to be from a drone": the
  // finding may be told before the debris (a verb of finding anywhere before it in the sentence).
  if (DEBRIS_BEFORE.test(before) && (FOUND_RE.test(after) || FOUND_RE.test(sentence.slice(0, start)))) return "hit";
  // "the two drones that were not downed", "which weren't intercepted": a negated shoot-down tells what did not
  // happen to them (the remainder of an "X of Y", or drones whose fate is unknown) — no outcome, no fact.
  if (NEGATED_SHOT_RE.test(after)) return null;
  const near = `${before} ${after}`;
  if (SHOT_RE.test(near)) return "shot_down";
  if (HIT_RE.test(after) || HIT_RIGHT_BEFORE.test(before)) return "hit";
  if (LAUNCH_RE.test(near) || /\battack\b/i.test(near)) return "launched";
  return null;
}

const DOWNED_THEN_HIT =
  /^\s*,?\s*(?:(?:which|that)\s+(?:was|had\s+been)\s+)?(?:shot\s+down|downed|intercepted|destroyed|hit|struck|damaged|neutrali[sz]ed|suppressed|jammed)\s+(?:by|over|above|near|in|on)\s+[^;.,]{0,80}?,?\s(?:crashed|fell|came\s+down|hit|struck|slammed|smashed|exploded|landed|plunged|damaged)\s+(?:in|into|on|onto|near|next\s+to|close\s+to|at|a|an|the|several|two|three|\d)\b/i;
const PASSIVE_HIT_BEFORE =
  /\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?(?:hit|struck|damaged|attacked|targeted|rammed|set\s+on\s+fire|blown\s+up)\s+by\s+(?:an?\s+|one\s+|two\s+|three\s+)?$/i;
// "fragments of", "debris from", "fragments that could have originated from", "wreckage believed to be from",
// "the debris of what appeared to be a drone".
const DEBRIS_BEFORE =
  /\b(?:fragments|debris|wreckage|remains|parts|pieces)\s+(?:(?:of|from)(?:\s+what\s+(?:appears|appeared|seems|seemed|looks|looked)\s+(?:to\s+be|like))?|(?:(?:that|which)\s+(?:could|may|might|appear\s+to|seem\s+to)\s+(?:have\s+)?|(?:believed|thought|likely|suspected)\s+to\s+(?:have\s+)?)(?:originated|originate|come|came|be)\s+from)\s+$/i;
const FOUND_RE = /\b(?:found|discovered|identified|located|spotted|fell|landed|recovered)\b/i;
const GOVERNING_VERB = new RegExp(
  String.raw`\b(?:(${SHOT})|(down(?=\s+(?:all\s+)?$))|(${HIT})|(${LAUNCH}))\s+(?:[\w'’-]+\s+){0,4}$`,
  "i",
);
const SHOT_RE = new RegExp(String.raw`\b${SHOT}\b`, "i");
const NEGATED_SHOT_RE = new RegExp(String.raw`\b(?:not|never|weren['’]t|wasn['’]t|hadn['’]t|haven['’]t)\s+(?:(?:been|yet)\s+)?${SHOT}\b`, "i");
const HIT_RE = new RegExp(String.raw`\b${HIT}\b`, "i");
const HIT_RIGHT_BEFORE = new RegExp(String.raw`\b${HIT}\s*$`, "i");
const LAUNCH_RE = new RegExp(String.raw`\b${LAUNCH}\b`, "i");

/** "destroyed 97", "shot down 88 of them": a bare number a shoot-down verb governs, counting drones named before. */
export function governedByShootDown(sentence: string, n: NumberMention): boolean {
  const before = sentence.slice(Math.max(0, n.start - 40), n.start);
  const after = sentence.slice(n.end, n.end + 30);
  // Not when a noun other than a drone follows ("destroyed 97 missiles", "shot down 5 of 7 missiles").
  if (/^\s*(?:of\s+(?:the\s+)?\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}?(?:missiles?|rockets?|bombs?|aircraft|planes?|helicopters?|jets?|tanks?|people|soldiers|targets?|vehicles?|boats?|ships?)\b/i.test(after)) return false;
  // "12 of them were destroyed over Belgorod": a part of the drones counted before.
  return SHOT_RIGHT_BEFORE.test(before) || /^\s+(?:of\s+(?:them|these|those|which)\s+)?(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:shot|destroyed|downed|intercepted|neutrali[sz]ed|eliminated|suppressed|taken)\b/i.test(after);
}

const SHOT_RIGHT_BEFORE = new RegExp(String.raw`\b${SHOT}\s+(?:all\s+|another\s+|a\s+further\s+)?$`, "i");

/** "all 18 Shahed drones were shot down": every drone launched was downed, so launched = count. */
export function isAllOf(sentence: string, n: NumberMention): boolean {
  return /\ball\s+(?:the\s+|of\s+the\s+)?$/i.test(sentence.slice(Math.max(0, n.start - 12), n.start));
}

// "a drone", "one Shahed", "another UAV" — not "a drone attack", "a drone strike", "drone debris".
// An ordinal singles out one too: "the third drone was also destroyed", "a second UAV", "the last Shahed".
const ORDINAL_ONE = String.raw`(?:[Tt]he|[Aa])\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\s+`;
const SINGULAR_DRONE = new RegExp(
  String.raw`\b(?:(?:a|an|one|another)\s+(?:(?!(?:of|the|and|or|in|on)\b)[\w-]+\s+){0,2}?${DRONE_NOUN}|${ORDINAL_ONE}(?:drone|UAV|unmanned\s+aerial\s+vehicle|unmanned\s+aircraft|Shahed|Shahed-136|Geran|Geran-2|Lancet|loitering\s+munition))\b(?!\s+(?:attacks?|strikes?|raids?|debris|fragments?|wreckage|parts?|operators?|units?|production|factory|plant|warfare|pilots?|manufacturer|program|programme|threat|alert|sightings?|incursion))`,
  "gi",
);

/** The singulars of a sentence as count mentions of one, spanning only the article ("a"). */
export function singularDrones(sentence: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of allMatches(SINGULAR_DRONE, sentence)) {
    const article = /^\S+/.exec(m[0])?.[0] ?? "a";
    // "one of the 12 drones" is a part of a count; "a drone" after "not" or "no" is negated.
    if (/\b(?:no|not|nor|without)\s+$/i.test(sentence.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "a naval drone", "a drone boat": no drone that flies.
    if (notAerial(m[0].slice(article.length).replace(/\S+$/, ""), sentence.slice(m.index + m[0].length))) continue;
    out.push({ value: 1, start: m.index, end: m.index + article.length, raw: article, isWord: true });
  }
  return out;
}
