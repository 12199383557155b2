/**
 * Numbers that describe no dated event: running totals ("since 2022, a total of ...", "so far",
 * "bringing its total to") and background ("in February 2022", "in 2014", a bill "passed in
 * April"). Checked on the number's clause, so one sentence can hold a fact and a total.
 */
import { allMatches } from "./matches";
import { MONTHS_SOURCE } from "./non-counts";

const SINCE_LONG_AGO = new RegExp(
  String.raw`\bsince\s+(?:the\s+(?:start|beginning|outbreak|launch)\b|(?:the\s+)?(?:full-scale\s+)?invasion\b|the\s+war\b|the\s+conflict\b|last\s+year\b|(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:${MONTHS_SOURCE})\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?(?:19|20)\d\d\b|(?:${MONTHS_SOURCE})\b(?!\s+\d))`,
  "i",
);
// Always a running total: "during the war", "over two years of full-scale war", "throughout the invasion".
const TOTAL_WORDS =
  /\b(?:to date|so far this (?:year|month)|cumulative(?:ly)?|bringing (?:its|the|their|his|her) (?:\w+ )?total|total (?:\w+ )?(?:to|of) .{0,30}\bsince|(?:during|throughout|over the course of|in the course of|over) (?:the |this )?(?:(?:\w+ )?(?:years?|months) of (?:the )?)?(?:full-scale |entire |whole )?(?:war|invasion|conflict)(?! (?:zone|crimes?|criminals?|correspondent|reporters?)\b)|since the war began|(?:over|in|during) the (?:past|last) (?:year|month|week|\w+ (?:days|weeks|months|years)|(?:few |several )?(?:days|weeks|months|years)))\b/i;
// A span of days or a week (not months or years), and a verb of building in the count's clause.
const RECENT_SPAN = /\b(?:past|last)\s+(?:week|(?:few|several|couple\s+of|\w+)\s+days|days)\b/i;
const BUILT_RECENTLY = /\b(?:built|erected|installed|constructed|set\s+up|put\s+up|opened(?!\s+fire)|equipped|commissioned)\b/i;
// "In total", "overall", "so far" also sum up one attack ("In total, 56 drones were shot down");
// they mark a running total only beside a perfect of giving or attacking ("the EU has sent").
const TOTAL_ADVERB = /\b(?:so far|in total|in all|overall|altogether)\b/i;
const TOTAL_ADVERB_BEFORE = /\b(?:in total|so far|to date|overall|altogether|in all)\s*,\s*$/i;
const CUMULATIVE_PERFECT =
  /\b(?:has|have)\s+(?:(?!been\b)\w+\s+){0,2}(?:provided|sent|given|allocated|pledged|delivered|committed|spent|donated|transferred|disbursed|launched|fired|destroyed|shot\s+down|downed|built|installed|received)\b|\b(?:has|have)\s+(?:already\s+|so\s+far\s+|now\s+)?been\s+(?:built|installed|equipped|constructed|set\s+up|provided|allocated|delivered|donated|transferred)\b/i;
const CLAUSE_BREAK = /[;,:()—–]|\bwhile\b|\bwhereas\b|\bbut\b/g;
const OPENER = /^\W*(?:In|During|Throughout|From|Over|Since|So far|To date|(?:At|By|Towards?)\s+the\s+(?:end|beginning|start|middle)\s+of)\b[^,]{0,40},/;

function clauseAround(sentence: string, start: number, end: number): { text: string; offset: number } {
  let from = 0;
  let to = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    // A comma inside a number ("4,600") is no clause break.
    if (m[0] === "," && /\d/.test(sentence[m.index - 1] ?? "") && /\d/.test(sentence[m.index + 1] ?? "")) continue;
    if (m.index < start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return { text: sentence.slice(from, to), offset: from };
}

export function isRunningTotal(sentence: string, start: number, end: number): boolean {
  if (/^\W*since\b/i.test(sentence) && SINCE_LONG_AGO.test(sentence.slice(0, start))) return true;
  const clause = clauseAround(sentence, start, end);
  // "According to X, since the beginning of the year, 337 shelters …": a since-phrase set off by commas
  // right before the count's clause frames it as much as one opening the sentence.
  const framing = /,\s*(since\s+[^,;]{3,60}),\s*$/i.exec(sentence.slice(0, clause.offset));
  if (framing?.[1] && SINCE_LONG_AGO.test(framing[1])) return true;
  // An opening phrase ("Over the past year, ...") frames every clause of the sentence.
  // The clause runs past a comma inside a date ("since February 24, 2022").
  const datedEnd = /^,\s*(?:19|20)\d\d\b/.exec(sentence.slice(clause.offset + clause.text.length))?.[0] ?? "";
  const framed = (OPENER.exec(sentence)?.[0] ?? "") + clause.text + datedEnd;
  if (SINCE_LONG_AGO.test(framed)) return true;
  // "In the past week they have erected nine shelters": a few days of building is the work just reported, not a tally.
  const total = TOTAL_WORDS.exec(framed);
  if (total && !(RECENT_SPAN.test(total[0]) && BUILT_RECENTLY.test(clause.text))) return true;
  const adverb = TOTAL_ADVERB.test(clause.text) || TOTAL_ADVERB.test(sentence.slice(0, 30));
  if (adverb && CUMULATIVE_PERFECT.test(sentence)) return true;
  // "Norway, which has pledged 75 billion kroner over five years, said ...": an aside about the past.
  if (/^\s*(?:which|who)\s+(?:has|had|have)\b/i.test(clause.text)) return true;
  // "..., in total, the EU has sent 1.5 billion": the adverb stands in its own little clause.
  if (TOTAL_ADVERB_BEFORE.test(sentence.slice(Math.max(0, clause.offset - 30), clause.offset)) && CUMULATIVE_PERFECT.test(clause.text)) return true;
  // "... since Congress passed a $61 billion bill": the number sits in a clause about the past.
  const lead = clause.text.slice(0, start - clause.offset);
  // "has since risen to five": "since" as an adverb ("since then") sets no past frame.
  return /(?<!\b(?:has|have|had|ever)\s)\bsince\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|midnight|the morning|the evening|last night|yesterday)\b)/i.test(lead);
}

const YEAR_MENTION = new RegExp(String.raw`\b(?:in|of|during|from)\s+(?:(?:early|late|mid-?)\s*)?(?:(${MONTHS_SOURCE})\s+)?((?:19|20)\d\d)\b`, "gi");
// "in February", "late February", "at the end of February", "by mid-February": a month with no day.
const MONTH_ONLY = new RegExp(
  // The words before the month may open the sentence ("In July of this year, …"): either case.
  String.raw`\b(?:[Ii]n|[Ll]ast|[Ee]arly|[Ll]ate|(?:(?:[Aa]t|[Bb]y|[Tt]owards?|[Ii]n)\s+)?[Tt]he\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of|[Mm]id-?)\s*(${MONTHS_SOURCE})\b(?!\s+\d)`,
  "g",
);
const MONTH_INDEX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const monthOf = (name: string) => MONTH_INDEX[name.slice(0, 3).toLowerCase()] ?? 0;

/**
 * True when the number's clause is set in a year or month before the publication month
 * ("in February 2022", "in 2014", "in April" when published in May) and names no day.
 */
// "Earlier, it was reported that one Shahed had been shot down", "Previously, ...": an earlier report
// or event the text gives no day for (the set's convention: background).
// "As reported (earlier / by the agency), …": the agency recalls its own earlier report, which the text gives no day.
const EARLIER_OPENER =
  /^\W*(?:(?:Earlier|Previously|Before\s+that|Prior\s+to\s+that|Last\s+(?:week|month|year))\b\s*,?|As\s+(?:was\s+)?(?:previously\s+|earlier\s+)?reported(?:\s+(?:earlier|previously|before))?(?:\s+by\s+[^,]{1,40})?\s*,)/i;

const PAST_PERIOD = /\b(?:last\s+(?:week|month|year|spring|summer|autumn|fall|winter)|earlier\s+this\s+(?:week|month|year)|a\s+(?:week|month|year)\s+ago)\b/i;

/** "Earlier, the governor reported …", "Earlier reports said …", "As reported, …": an earlier report the text gives no day. */
export function isEarlierReport(sentence: string): boolean {
  return EARLIER_OPENER.test(sentence) && !/^\W*Earlier\s+(?:today|on|this|in\s+the\s+day)\b/i.test(sentence);
}

/**
 * `keepEarlierReport`: the caller reads an earlier report itself (an injury tally whose unrevised
 * deaths join the current figure, dedupe.ts), so only the other past settings count here.
 */
export function isBackground(sentence: string, start: number, end: number, published: string, hasDay: boolean, keepEarlierReport = false): boolean {
  if (hasDay) return false;
  if (!keepEarlierReport && isEarlierReport(sentence)) return true;
  // "last week", "last month", "earlier this month": a past period with no day.
  if (PAST_PERIOD.test(clauseAround(sentence, start, end).text)) return true;
  // "In 2022, Russian shelling wounded 40 people": the opener sets the whole sentence in the past.
  const clause = (OPENER.exec(sentence)?.[0] ?? "") + clauseAround(sentence, start, end).text;
  const pubYear = Number(published.slice(0, 4));
  const pubMonth = Number(published.slice(5, 7));
  for (const m of allMatches(YEAR_MENTION, clause)) {
    // "from 2023 to 2027" is the period a pledge runs, not a past setting.
    if (/^from\b/i.test(m[0]) && /^\s*(?:to|until|through|[-–])\s*(?:19|20)\d\d\b/.test(clause.slice((m.index ?? 0) + m[0].length))) continue;
    // "the child, born in 2013": the year dates a person, not the event.
    if (/\bborn\s+$/i.test(clause.slice(Math.max(0, (m.index ?? 0) - 20), m.index))) continue;
    const year = Number(m[2]);
    const month = m[1] ? monthOf(m[1]) : 0;
    if (year < pubYear && !(year === pubYear - 1 && month === 12 && pubMonth === 1)) return true;
    if (year === pubYear && month && month < pubMonth - 1) return true;
  }
  for (const m of allMatches(MONTH_ONLY, clause)) {
    const month = monthOf(m[1] ?? "");
    if (month && month !== pubMonth) return true;
  }
  return false;
}
