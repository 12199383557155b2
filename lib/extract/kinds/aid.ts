/**
 * Aid facts: money pledged or released. The amount keeps its stated currency; amountEur is the
 * euro figure the text gives ("5.8 billion crowns (777 million euros)"), else a conversion
 * with a loaded ECB rate (recorded in rateUsed/rateDate), else null. The donor is the country
 * that gives; without one the amount is no aid fact (budgets, damage, needs).
 */
import { findDonor, mentionsCountry } from "../actors";
import { isEventCount } from "../counts";
import { HOME_COUNTRY } from "../currencies";
import { dateFor, fromContext, nextInParagraph, type Dispatch } from "../dispatch";
import { confidenceOf, quoteOf } from "../evidence";
import { findMoney } from "../money";
import { toEuros } from "../rates";
import type { Sentence } from "../sentences";
import type { RuleName } from "../rules";
import type { Candidate, ExtractedFact } from "../types";
import { aidCategory } from "./aid-category";
import type { KindExtractor } from "./kind";
import { compatibleDates } from "./shared";

const AID_WORDS =
  /\b(?:aid|assistance|package|support|donations?|donate[sd]?|contributions?|pledge[sd]?|grants?|loans?|tranches?|funding|financing|finance|allocate[sd]?|provide[sd]?|provides|release[sd]?|give|gives|gave|giving|disburse[sd]?|transfer(?:red|s)?|commit(?:ted|s)?|send(?:s|ing)?|sent|military|humanitarian)\b/i;
const NOT_AID = /\b(?:needs?|needed|request(?:s|ed)?|asks?|asked|seek(?:s|ing)?|estimated|damages?|losses|cost(?:s|ing)?|GDP|revenues?|deficit|prices?|sanctions?|frozen|seized|profits?|exports?|imports?)\b/i;
const STRONG_AID = /\b(?:aid|assistance|package|donation|pledge[sd]?|tranche)\b/i;
// A part of a package already counted: "including €100m for ...", "Of the announced funds, 2.4 billion kroner ...".
const PART_BEFORE = /\b(?:including|includes|include|included|of\s+which|of\s+this|of\s+that)\s+(?:some\s+|about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|up\s+to\s+)?$/i;
const PART_SENTENCE = /^\W*(?:Of\s+(?:the|this|that|these|which)\b|(?:This|It|The\s+(?:package|aid|assistance|tranche))\s+(?:also\s+)?(?:includes|included|comprises|consists\s+of)\b)/;

// Running totals of aid (guide §8): "Sweden's total support will amount to SEK 100 billion",
// "bringing the total to", "N packages worth a combined ...", "the total amount will be increased to".
const AID_TOTAL =
  /\btotal\b[^.;]{0,80}?\b(?:will\s+)?(?:amounts?\s+to|amounted\s+to|reach(?:es|ed)?|(?:be\s+)?increased?\s+to|rises?\s+to|rose\s+to|stands?\s+at|comes?\s+to|grows?\s+to)\b|\b(?:brings?|brought|bringing|raises?|raising|raised)\b[^.;]{0,40}?\btotal\b|\bworth\s+a\s+combined\b|\bcombined\s+(?:value|worth|total)\b|\b(?:packages|tranches|pledges)\s+(?:worth|totall?ing|valued\s+at|amounting\s+to)\b/i;
// "NOK 15 billion a year" beside a pledge "over five years": the same pledge restated per year.
const PER_YEAR_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:a|per|each|every)\s+year\b|^\s*(?:annually|yearly|per\s+annum)\b/i;
const MULTI_YEAR = /\b(?:over|for|across|during)\s+(?:a\s+|the\s+(?:next\s+)?)?(?:\w+|\d+)[-\s]years?(?:\s+period)?\b|\b\w+-year\s+(?:programme|program|pledge|package|plan|period|commitment)\b|\bfrom\s+(?:19|20)\d\d\s+(?:to|until|through)\s+(?:19|20)\d\d\b/i;

// "The EU is working on a new €20 billion package": talks, not a pledge yet.
const NOT_YET_AID = /\b(?:(?:is|are)\s+working\s+on|(?:is|are)\s+(?:considering|discussing|mulling|preparing)|proposals?\s+(?:for|to|of)|could\s+(?:send|provide|give|allocate))\b/i;

function detect(d: Dispatch, s: Sentence): Candidate[] {
  if (!AID_WORDS.test(s.text) || NOT_YET_AID.test(s.text)) return [];
  if (NOT_AID.test(s.text) && !STRONG_AID.test(s.text)) return [];
  const contextDonor = fromContext(d, s, (t) => findDonor(t));
  const out: Candidate[] = [];
  // Crowns are read as the currency of the sentence's giver (Danish, Norwegian, ...).
  for (const money of findMoney(s.text, findDonor(s.text) ?? contextDonor)) {
    if (money.isEquivalent) continue;
    // Checked on the amount's own clause: "pledged £2.5 billion, bringing its total to £12 billion" keeps the pledge.
    if (AID_TOTAL.test(clauseBefore(s.text, money.end))) {
      d.diagnose(`skip amount "${s.text.slice(money.start, money.end)}" (running total)`);
      continue;
    }
    if (PER_YEAR_AFTER.test(s.text.slice(money.end, money.end + 30)) && perYearOfPledge(d, s)) {
      d.diagnose(`skip amount "${s.text.slice(money.start, money.end)}" (a multi-year pledge restated per year)`);
      continue;
    }
    if (PART_SENTENCE.test(s.text) || PART_BEFORE.test(s.text.slice(Math.max(0, money.start - 40), money.start))) {
      d.diagnose(`skip amount "${s.text.slice(money.start, money.end)}" (part of a package)`);
      continue;
    }
    const stated = findDonor(s.text, money.start);
    const donorGuess = stated ?? contextDonor;
    if (!isEventCount(d, s, money)) continue;
    let guessed = stated ? 0 : 1;
    const donor = donorGuess ?? HOME_COUNTRY[money.currency] ?? null;
    if (!donor) {
      d.diagnose(`drop aid ${money.amount} ${money.currency}: no donor in: ${s.text.slice(0, 80)}`);
      continue;
    }
    if (!donorGuess) guessed++;
    const date = dateFor(d, s, money.start, (t) => findDonor(t) === donor);
    const recipient = mentionsUkraine(s.text) || fromContext(d, s, (t) => mentionsUkraine(t) || null) ? "UA" : null;
    // "It includes air defence ...": the next sentence may say what the money is for.
    const next = nextInParagraph(d, s);
    const category = aidCategory(s.text) ?? (next && !aidExtractor.trigger.test(next.text) ? aidCategory(next.text) : null);
    const rule: RuleName = stated ? "aid.pledge" : "aid.pledge-inferred-donor";
    const converted = money.statedEur === null ? toEuros(money.amount, money.currency, date.date, d.rates) : null;
    const fact: ExtractedFact = {
      kind: "aid",
      date: date.date,
      country: donor,
      place: null,
      donor,
      recipient,
      amount: money.amount,
      currency: money.currency,
      amountEur: money.statedEur ?? converted?.eur ?? null,
      category,
      ...quoteOf(d.text, s),
      rule,
      confidence: confidenceOf({ rule, date: date.source, place: "sentence", isHeading: s.isHeading, guessed }),
    };
    if (converted) {
      fact.rateUsed = converted.rate.rate;
      fact.rateDate = converted.rate.date;
    }
    out.push({
      kind: "aid",
      rule,
      key: money.amount,
      equivalents: money.equivalents,
      dateSource: date.source,
      placeSource: "sentence",
      isHeading: s.isHeading,
      section: s.section,
      fact,
    });
  }
  return out;
}

/** The text from the last clause break before `end` up to it. */
function clauseBefore(text: string, end: number): string {
  const head = text.slice(0, end);
  const cut = Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), head.lastIndexOf(" – "), head.lastIndexOf(" — "), head.lastIndexOf("("));
  return head.slice(cut + 1);
}

/** The sentence or the one before it states a pledge over several years. */
function perYearOfPledge(d: Dispatch, s: Sentence): boolean {
  const prev = d.sentences[s.index - 1];
  return MULTI_YEAR.test(s.text) || (!!prev && MULTI_YEAR.test(prev.text));
}

const mentionsUkraine = (text: string) => mentionsCountry(text, "UA");

/** Same donor, and the same money: equal amounts, or one's euro figure is the other's amount. */
function sameMoney(a: Candidate, b: Candidate): boolean {
  if (a.fact.kind !== "aid" || b.fact.kind !== "aid") return false;
  if (a.fact.donor !== b.fact.donor) return false;
  const fa = a.fact;
  const fb = b.fact;
  if (fa.amount === fb.amount && fa.currency === fb.currency) return true;
  const restates = (x: Candidate, amount: number, currency: string) =>
    (x.equivalents ?? []).some((e) => e.amount === amount && e.currency === currency);
  if (restates(a, fb.amount, fb.currency) || restates(b, fa.amount, fa.currency)) return true;
  return fa.amountEur !== null && fa.amountEur === fb.amountEur;
}

export const aidExtractor: KindExtractor = {
  kind: "aid",
  trigger: /[$€£¥₴]|\b(?:USD|EUR|GBP|DKK|NOK|SEK|PLN|JPY|CHF|CAD|AUD|UAH|CZK)\b|euro|dollar|pound|crown|kron|korun|zlot|hryvn|\byen\b|franc/i,
  detect,
  sameEvent(a, b) {
    return sameMoney(a, b) && compatibleDates(a, b);
  },
};
