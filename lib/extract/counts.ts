/**
 * The numbers of a sentence that can count something: not an age, time, unit, year or money
 * (non-counts.ts). Also "a man", "one woman" as the count 1, since "a 45-year-old man was
 * injured" states one injured person. Whether a count is of a dated event (not a running
 * total or background) is asked only of the numbers a kind has a use for: `isEventCount`.
 */
import { isBackground, isRunningTotal } from "./background";
import type { Dispatch } from "./dispatch";
import { allMatches } from "./matches";
import { nonCountReason } from "./non-counts";
import { parseNumberWords } from "./number-words";
import { findNumbers, type NumberMention } from "./numbers";
import type { Sentence } from "./sentences";

// "a man", "an elderly local woman", "a 63-year-old police officer": one person, with up to two modifiers.
// Noun modifiers of a trade or vehicle ("an ambulance driver", "a bus passenger", "a power engineer") are in the class too.
const PERSON_MODIFIER = String.raw`(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old|young|elderly|old|local|civilian|pregnant|female|male|Ukrainian|Russian|retired|off-duty|security|police|municipal|utility|railway|rail|emergency|medical|volunteer|ambulance|taxi|bus|minibus|truck|lorry|tram|trolleybus|train|delivery|construction|factory|farm|shop|market|store|hospital|school|energy|power|gas|water|aid|humanitarian|rescue|fire|border|postal|private|military)`;
export const PERSON_NOUN = String.raw`(?:man|woman|person|child|boy|girl|baby|infant|toddler|civilian|resident|soldier|teenager|driver|worker|pensioner|serviceman|servicewoman|firefighter|rescuer|officer|policeman|policewoman|guard|medic|paramedic|doctor|nurse|volunteer|journalist|passer-by|passerby|motorist|cyclist|farmer|employee|teacher|student|villager|citizen|local|fisherman|mother|father|grandmother|grandfather|passenger|pedestrian|engineer|electrician|operator|conductor|seller|vendor|salesman|saleswoman|shopkeeper|guard|builder|miner|priest|athlete|photographer|cameraman|reporter)`;
const KIN = String.raw`(?:wife|husband|son|daughter|child|mother|father|brother|sister|grandson|granddaughter|grandchild|grandmother|grandfather|partner|neighbou?r|friend|colleague|companion)`;
const COUNT_WORD = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})`;
// "a woman and her three-year-old daughter", "a man and his two sons", "a man and a woman": people
// enumerated one by one are counted (guide §1: nothing is computed, but each named person is one).
// "a man, a woman and a teenager": a list of single persons, each one; "a man and woman" (one article for both),
// "another man and woman": two.
const A_PERSON = String.raw`(?:a|an)\s+(?:${PERSON_MODIFIER}\s+){0,2}${PERSON_NOUN}\b(?!-)`;
const ONE_PERSON = new RegExp(
  String.raw`\b(?:a|an|one|another)\s+(?:${PERSON_MODIFIER}\s+){0,2}${PERSON_NOUN}\b(?!-)` +
    String.raw`((?:,\s+${A_PERSON}){0,4})` +
    String.raw`(?:,?\s+and\s+(?:(?:his|her|their)\s+(?:(${COUNT_WORD})\s+)?(?:${PERSON_MODIFIER}\s+){0,2}(?:${KIN}|${PERSON_NOUN})(?:s|ren)?|(?:a|an)\s+(?:${PERSON_MODIFIER}\s+){0,2}${PERSON_NOUN}|(?:man|woman|child|boy|girl|son|daughter))\b(?!-))?`,
  "gi",
);

const PLURAL_PERSON = String.raw`(?:men|women|children|boys|girls|people|civilians|residents|teenagers|soldiers|servicemen|workers|adults|pensioners|rescuers|firefighters|police\s+officers|officers)`;
const SMALL_COUNT = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})`;
// "Two men and a woman were injured", "three adults and two children": a group told in parts is counted whole.
const PEOPLE_IN_PARTS = new RegExp(
  String.raw`\b(${SMALL_COUNT})\s+(?:${PERSON_MODIFIER}\s+){0,2}${PLURAL_PERSON}\s+and\s+(?:(?:a|an|one)\s+(?:${PERSON_MODIFIER}\s+){0,2}${PERSON_NOUN}|(${SMALL_COUNT})\s+(?:${PERSON_MODIFIER}\s+){0,2}${PLURAL_PERSON})\b(?!-)`,
  "gi",
);
// Every match of ONE_PERSON ends its first person on one of these nouns: a sentence without one
// skips the costly pattern (it tries every "a" of the sentence).
const PERSON_NOUN_CUE = new RegExp(String.raw`\b${PERSON_NOUN}\b(?!-)`, "i");
const ONE_RELATIVE = new RegExp(String.raw`\b(?:his|her)\s+(?:${PERSON_MODIFIER}\s+){0,2}${KIN}\b(?!-)`, "gi");
const POSSESSIVE_CUE = /\b(?:his|her)\s/i;
const countOf = (raw: string) => (/^\d+$/.test(raw) ? Number(raw) : (parseNumberWords(raw) ?? 0));

/** 1 for "a man", 2 for "a woman and her daughter", 3 for "a man and his two sons", 3 for "a man, a woman and a boy". */
function enumerated(m: RegExpMatchArray): number {
  const listed = 1 + (m[1] ? (m[1].match(/,/g) ?? []).length : 0);
  if (!/\sand\s/i.test(m[0].slice(m[1] ? m[0].indexOf(m[1]) + m[1].length : 0))) return listed;
  const n = m[2];
  if (!n) return listed + 1;
  return listed + (/^\d+$/.test(n) ? Number(n) : (parseNumberWords(n) ?? 1));
}

// "No one was hurt", "not one drone", "none of the 20 drones reached": the number is negated.
const NEGATED_BEFORE = /\b(?:no|not|none\s+of(?:\s+(?:the|these|those|its|their))?|nor|never|without|zero)\s*[-]?\s*$/i;

export function countsIn(d: Dispatch, s: Sentence, opts: { onePerson?: boolean } = {}): NumberMention[] {
  return d.memo(`counts:${s.index}:${opts.onePerson ? 1 : 0}`, () => scanCounts(d, s, opts));
}

function scanCounts(d: Dispatch, s: Sentence, opts: { onePerson?: boolean }): NumberMention[] {
  const numbers = findNumbers(s.text);
  if (opts.onePerson) {
    for (const m of PERSON_NOUN_CUE.test(s.text) ? allMatches(ONE_PERSON, s.text) : []) {
      numbers.push({ value: enumerated(m), start: m.index, end: m.index + m[0].length, raw: m[0], isWord: true });
    }
    // "killing a man and wounding his wife": a relative named by a possessive is one person.
    for (const m of POSSESSIVE_CUE.test(s.text) ? allMatches(ONE_RELATIVE, s.text) : []) {
      numbers.push({ value: 1, start: m.index, end: m.index + m[0].length, raw: m[0], isWord: true });
    }
    if (/\sand\s/.test(s.text)) {
      for (const m of allMatches(PEOPLE_IN_PARTS, s.text)) {
        const value = countOf(m[1] ?? "") + (m[2] ? countOf(m[2]) : 1);
        numbers.push({ value, start: m.index, end: m.index + m[0].length, raw: m[0], isWord: true });
      }
    }
  }
  const out: NumberMention[] = [];
  for (const n of numbers) {
    const reason = NEGATED_BEFORE.test(s.text.slice(Math.max(0, n.start - 20), n.start)) ? "negated" : nonCountReason(s.text, n);
    if (reason) d.diagnose(`skip "${n.raw}" (${reason}) in: ${s.text.slice(0, 80)}`);
    else out.push(n);
  }
  return out.filter((n) => !out.some((o) => within(n, o))).sort((a, b) => a.start - b.start);
}

/** "one" inside "one man" is the same mention as the phrase: keep the phrase. */
function within(n: NumberMention, o: NumberMention): boolean {
  return o !== n && o.start <= n.start && o.end >= n.end && o.end - o.start > n.end - n.start;
}

/** False for running totals ("since 2022, a total of ...") and background ("in February 2022"). */
export function isEventCount(d: Dispatch, s: Sentence, n: { start: number; end: number; raw?: string }, keepEarlierReport = false): boolean {
  const hasDay = d.dates(s).some((m) => m.strength === "strong");
  const reason = isRunningTotal(s.text, n.start, n.end)
    ? "running total"
    : isBackground(s.text, n.start, n.end, d.published, hasDay, keepEarlierReport)
      ? "background date"
      : !hasDay && !keepEarlierReport && underRecall(d, s)
        ? "earlier report under a 'Recall' heading"
        : !hasDay && refersBackToPast(d, s)
          ? "a time referred back to ('At that time, …') that the sentence before sets in the past"
          : null;
  if (reason) d.diagnose(`skip "${n.raw ?? s.text.slice(n.start, n.end)}" (${reason}) in: ${s.text.slice(0, 80)}`);
  return reason === null;
}

// "Recall", "Recall that", "Reminder", "Background", "Previously": a heading over earlier reports the text gives no day.
const RECALL_HEADING = /^\W*(?:Recall(?:\s+that)?|Reminder|As\s+a\s+reminder|Background|Previously|Earlier|For\s+reference|Context)\W*$/i;

/** The sentence stands under a heading, or after a label line ("Background:"), that recalls earlier reports. */
function underRecall(d: Dispatch, s: Sentence): boolean {
  const byHeading = d.memo(`recall:${s.section}`, () => {
    const heading = d.sentences.find((x) => x.section === s.section && x.isHeading);
    return !!heading && RECALL_HEADING.test(heading.text);
  });
  return byHeading || recallLabelBefore(d, s);
}

// A label ending in a colon is no heading (sentences.ts), but it opens a block the same way: "Background:" on its own line.
function recallLabelBefore(d: Dispatch, s: Sentence): boolean {
  for (let i = s.index - 1; i >= 0; i--) {
    const p = d.sentences[i];
    if (!p || p.section !== s.section) return false;
    if (p.text.length <= 30 && /:\s*$/.test(p.text) && RECALL_HEADING.test(p.text)) return true;
  }
  return false;
}

// "At that time, the Netherlands also pledged …", "Back then, …", "On that occasion, …": a time adverbial that
// points back to the time the sentence before told (not "At the time of launch", which names its own).
const BACK_REFERENCE = /^\W*(?:At\s+(?:that|the)\s+time(?!\s+of\b)|Back\s+then|At\s+that\s+(?:point|moment|stage)|On\s+that\s+(?:occasion|day|date)|That\s+(?:day|time)|Then)\b\s*,?/i;

/** The sentence refers back to the time of the sentence before, which sets its event in the past with no day. */
function refersBackToPast(d: Dispatch, s: Sentence): boolean {
  if (!BACK_REFERENCE.test(s.text)) return false;
  const prev = d.sentences[s.index - 1];
  if (!prev || prev.isHeading || prev.isFurniture || d.dates(prev).some((m) => m.strength === "strong")) return false;
  return isBackground(prev.text, 0, prev.text.length, d.published, false);
}
