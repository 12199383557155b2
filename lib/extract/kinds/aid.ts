/**
 * Aid facts: money pledged or released. The amount keeps its stated currency; amountEur is the
 * euro figure the text gives ("5.8 billion crowns (777 million euros)"), else a conversion
 * with a loaded ECB rate (recorded in rateUsed/rateDate), else null. The donor is the country
 * that gives; without one the amount is no aid fact (budgets, damage, needs).
 */
import { findDonor, mentionsCountry } from "../actors";
import { isEventCount } from "../counts";
import { HOME_COUNTRY } from "../currencies";
import { dateFor, fromContext, nextInParagraph, precedingInSection, type Dispatch } from "../dispatch";
import { confidenceOf, quoteOf } from "../evidence";
import { findCountryMentions } from "../countries";
import { findMoney, type MoneyMention } from "../money";
import { MONTHS_SOURCE } from "../non-counts";
import { toEuros } from "../rates";
import type { Sentence } from "../sentences";
import type { RuleName } from "../rules";
import type { Candidate, ExtractedFact, Source } from "../types";
import { aidCategory, mixedPurposes, type AidCategory } from "./aid-category";
import type { KindExtractor } from "./kind";
import { compatibleDates } from "./shared";

// The nouns of aid and every form of the verbs of giving (base, -s, -ed, -ing): "granting", "allocating",
// "earmarked", "is contributing", "has extended a loan", "awarded".
const AID_WORDS =
  /\b(?:aid|assistance|package|support|donations?|contributions?|grants?|loans?|tranches?|funding|financing|finance|military|humanitarian|drawdowns?|give|gives|gave|given|giving|send(?:s|ing)?|sent|(?:donat|allocat|provid|releas|disburs|pledg|contribut)(?:e|es|ed|ing)|grant(?:ed|ing)|transfer(?:s|red|ring)?|commit(?:s|ted|ting)?|earmark(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|award(?:s|ed|ing)?|channel(?:s|l?ed|l?ing)?)\b/i;
const NOT_AID = /\b(?:needs?|needed|request(?:s|ed)?|asks?|asked|seek(?:s|ing)?|estimated|damages?|losses|cost(?:s|ing)?|GDP|revenues?|deficit|prices?|sanctions?|frozen|seized|profits?|exports?|imports?|sales?|sell(?:s|ing)?|sold)\b/i;
const STRONG_AID = /\b(?:aid|assistance|package|donation|pledge[sd]?|tranche)\b/i;
// A part of a package already counted: "including €100m for ...", "Of the announced funds, 2.4 billion kroner ...".
const PART_BEFORE = /\b(?:including|includes|include|included|of\s+which|of\s+this|of\s+that)\s+(?:some\s+|about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|up\s+to\s+)?$/i;
const PART_SENTENCE = /^\W*(?:Of\s+(?:the|this|that|these|which)\b|(?:This|It|The\s+(?:package|aid|assistance|tranche))\s+(?:also\s+)?(?:includes|included|comprises|consists\s+of)\b)/;

// Running totals of aid (guide §8): "Sweden's total support will amount to SEK 100 billion",
// "bringing the total to", "N packages worth a combined ...", "the total amount will be increased to".
// A sum over earlier giving, by its structure: a total/overall noun with a verb of reaching, a verb of
// bringing a total up, several counted packages with their combined worth, or a perfect with "already".
const AID_TOTAL = new RegExp(
  [
    String.raw`\b(?:total|overall|cumulative|aggregate)\b[^.;]{0,80}?\b(?:will\s+)?(?:amounts?\s+to|amounted\s+to|reach(?:es|ed)?|(?:be\s+)?increased?\s+to|rises?\s+to|rose\s+to|risen\s+to|stands?\s+at|stood\s+at|comes?\s+to|grows?\s+to|grew\s+to|is\s+now|now\s+(?:stands|exceeds|tops))\b`,
    String.raw`\b(?:brings?|brought|bringing|raises?|raising|raised|takes|took|taking|lifts?|lifting|pushe[sd]|pushing|boosts?|boosting|increas(?:es|ed|ing))\b[^.;]{0,50}?\b(?:total|overall|cumulative|aggregate)\b`,
    // "the value of Swedish support reaches SEK 75 billion": the size of all support so far.
    String.raw`\b(?:value|volume|sum|size|amount)\s+of\s+(?:[\w-]+\s+){0,3}?(?:support|aid|assistance|help|contributions?)\b[^.;]{0,40}?\b(?:reach(?:es|ed)?|amounts?\s+to|stands?\s+at|totals?|rises?\s+to|rose\s+to|grows?\s+to|is\s+now|exceeds?|exceeded)\b`,
    String.raw`\bworth\s+a\s+(?:combined|total)\b|\bcombined\s+(?:value|worth|total)\b|\bfor\s+a\s+(?:combined\s+)?total\s+of\b`,
    String.raw`\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|multiple|\w+teen|\w+ty(?:-\w+)?)\s+(?:[\w-]+\s+){0,3}?(?:packages|tranches|pledges|rounds)\b[^.;]{0,60}?\b(?:worth|totall?ing|valued\s+at|amounting\s+to|combined|in\s+total)\b`,
    // "Germany has already provided €5 billion", "had already allocated": what was given before.
    String.raw`\balready\s+(?:\w+\s+)?(?:been\s+)?(?:provided|given|sent|allocated|pledged|committed|delivered|transferred|disbursed|donated|spent|contributed|supplied|granted)\b`,
    // "Under the financing plan, ...", "the spending plan foresees": a plan's budget line, not a new pledge.
    String.raw`\b(?:financing|funding|spending|budget|investment)\s+plan\b|\bplan\s+(?:envisages|foresees|provides\s+for)\b`,
  ].join("|"),
  "i",
);
// "NOK 15 billion a year" beside a pledge "over five years": the same pledge restated per year.
const PER_YEAR_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:(?:a|per|each|every)\s+year\b|annually\b|yearly\b|per\s+annum\b|(?:in|for)\s+(?:each\s+of\s+the\s+(?:\w+\s+)?years|(?:19|20)\d\d\b(?!\s*[-–]))|this\s+year\b|next\s+year\b)/i;
// "an annual NOK 15 billion", "annual contributions of": the per-year form before the amount.
const PER_YEAR_BEFORE = /\b(?:annual|yearly)\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?$/i;
// A pledge that runs over several years: "over five years", "a five-year programme", "2023–2027", "until 2030".
const MULTI_YEAR =
  /\b(?:over|for|across|during|within|in)\s+(?:a\s+|the\s+(?:next|coming|following)\s+)?(?:\w+|\d+)[-\s]years?(?:\s+period)?\b|\b(?:\w+|\d+)-year\b|\bmulti-?year\b|\bfrom\s+(?:19|20)\d\d\s+(?:to|until|through)\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\s*[-–]\s*(?:(?:19|20)?\d\d)\b|\b(?:until|through|till|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b/i;

// "The EU is working on a new €20 billion package": talks, not a pledge yet.
// "met to discuss a package which could be worth €30 billion": a package under discussion, a
// hypothetical worth ("could be worth", "might reach"), is no pledge yet.
const NOT_YET_AID =
  /\b(?:(?:is|are)\s+working\s+on|(?:is|are)\s+(?:considering|discussing|mulling|preparing)|proposals?\s+(?:for|to|of)|could\s+(?:send|provide|give|allocate)|(?:could|might|may|would)\s+(?:be\s+worth|amount\s+to|reach|total)|(?:met|meet|meets|meeting|gathered|convened?)\s+(?:\w+\s+){0,3}?to\s+(?:discuss|consider|debate)|(?:to|will)\s+discuss\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,3}?(?:package|aid|assistance|allocation))\b/i;

// Modality of the amount's own clause: proposed, considered, planned or conditional is no pledge yet
// ("the Commission proposed an additional €5 billion", "Berlin is considering €2 billion more",
// "plans to allocate", "could provide"), while "has allocated", "will provide" and reported "said it would
// provide" pledge.
// Verbs of laying out a proposal count as proposing: "has outlined a €50 billion package", "floated", "tabled",
// "put forward", "sketched out" (a plan put to others for approval, not money committed).
const NOT_PLEDGED_YET =
  /\b(?:propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|outlin(?:e|es|ed|ing)|float(?:s|ed|ing)|tabl(?:ed|ing)|put(?:s|ting)?\s+forward|sketch(?:es|ed|ing)?\s+out|consider(?:s|ing)|weigh(?:s|ing)|mull(?:s|ing)|(?:plans?|planning|intends?|aims?|hopes?|wants?|seeks?|seeking)\s+to|(?:could|might)\s+(?:also\s+)?(?:provide|give|send|allocate|contribute|offer|pledge|approve|add|receive|get)|(?:proposal|plan|draft)\s+(?:[\w-]+\s+){0,3}?(?:for|of|to|worth))\b/i;
// "the NATO chief said allies had given €60 billion": an alliance's or a group's figure, which is no
// single donor's pledge (guide §10: the donor is the country that gives).
// The group is the subject of the verb of giving, with up to five words of aspect or modality between
// ("the alliance's members are on track to deliver", "EU countries together have so far sent").
const GROUP_GIVER = new RegExp(
  String.raw`\b(?:allies|NATO(?:\s+(?:allies|members|countries|states))?|the\s+alliance|(?:the\s+)?(?:alliance|bloc|coalition|union)['’]s\s+(?:members|member\s+states|partners|allies|countries)|alliance\s+members|member\s+(?:states|countries|nations)|partners|donors|coalition\s+members|(?:Western|European|G7|Nordic|Baltic|EU|NATO)\s+(?:countries|nations|states|members|allies|partners|governments))` +
    String.raw`(?:\s+(?!(?:and|but|while|which|who|that)\b)[\w’'-]+){0,5}?\s+(?:given|provided|pledged|committed|sent|spent|contributed|allocated|donated|delivered|give|provide|pledge|commit|send|spend|contribute|allocate|donate|deliver)\b`,
  "i",
);

// "defence industry products worth over 100 million euros": goods given, stated by their value.
const GOODS_WORTH = /\b(?:products|equipment|weapons|goods|supplies|ammunition|munitions|items|vehicles|materiel|systems)\s+(?:[\w-]+\s+){0,3}?(?:worth|valued\s+at|with\s+a\s+(?:total\s+)?value\s+of)\b/i;

const GRANT_FOR_UKRAINE = /\b(?:pa(?:y|ys|id|ying)\s+out|paid|announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|approv(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|donat(?:e|es|ed|ing)|pledg(?:e|es|ed|ing))\b/i;

/** The sentence speaks of giving, or states goods by their value in a section about aid. */
function aboutAid(d: Dispatch, s: Sentence): boolean {
  if (AID_WORDS.test(s.text)) return true;
  // "approved CZK 500 million for the ammunition initiative for Ukraine": a verb of granting with Ukraine named.
  if (GRANT_FOR_UKRAINE.test(s.text) && mentionsUkraine(s.text)) return true;
  // "Ukraine will receive €1.9 billion from the EU": money Ukraine receives from a giver.
  if (RECEIVES.test(s.text) && /\bfrom\b/i.test(s.text) && mentionsUkraine(s.text)) return true;
  return GOODS_WORTH.test(s.text) && fromContext(d, s, (t) => (AID_WORDS.test(t) ? true : null)) === true;
}

function detect(d: Dispatch, s: Sentence): Candidate[] {
  if (!aboutAid(d, s) || NOT_YET_AID.test(s.text)) return [];
  if (NOT_AID.test(s.text) && !STRONG_AID.test(s.text)) return [];
  const contextDonor = fromContext(d, s, (t) => findDonor(t));
  const out: Candidate[] = [];
  // Crowns are read as the currency of the sentence's giver (Danish, Norwegian, ...).
  const monies = findMoney(s.text, findDonor(s.text) ?? contextDonor);
  for (const money of monies) {
    if (money.isEquivalent) continue;
    money.currency = dollarOfFigure(d, s.text, money);
    const notNew = notANewPledge(d, s, money, monies);
    if (notNew) {
      d.diagnose(`skip amount "${s.text.slice(money.start, money.end)}" (${notNew})`);
      continue;
    }
    // Checked on the amount's own clause: "pledged £2.5 billion, bringing its total to £12 billion" keeps the pledge.
    const lead = clauseBefore(s.text, money.end);
    if (AID_TOTAL.test(FRAMING_OPENER.exec(s.text)?.[0] ?? "") || AID_TOTAL.test(lead) || BRINGS_TO.test(lead.slice(0, lead.length - (money.end - money.start)))) {
      d.diagnose(`skip amount "${s.text.slice(money.start, money.end)}" (running total)`);
      continue;
    }
    const perYear = PER_YEAR_AFTER.test(s.text.slice(money.end, money.end + 40)) || PER_YEAR_BEFORE.test(s.text.slice(Math.max(0, money.start - 40), money.start));
    // Only beside the whole pledge: "€35 million annually until 2030" alone is the pledge as stated (guide §1).
    if (perYear && perYearOfPledge(d, s) && largerInDispatch(d, money)) {
      d.diagnose(`skip amount "${s.text.slice(money.start, money.end)}" (a multi-year pledge restated per year)`);
      continue;
    }
    if (
      PART_SENTENCE.test(s.text) ||
      PART_BEFORE.test(s.text.slice(Math.max(0, money.start - 40), money.start)) ||
      ((DESTINATION_AFTER.test(s.text.slice(money.end, money.end + 60)) ||
        // "… €33 billion will go to loans and €17 billion to grants": the verb of destination elided.
        (/^\s+(?:to|for|towards)\b/i.test(s.text.slice(money.end, money.end + 12)) && DESTINATION_VERB.test(s.text.slice(0, money.start)))) &&
        largerBefore(d, s, money.amount, money.currency, money.start))
    ) {
      d.diagnose(`skip amount "${s.text.slice(money.start, money.end)}" (part of a package)`);
      continue;
    }
    const own = clauseBefore(s.text, money.start);
    if (EARLIER_PLEDGE.test(own) && !d.dates(s).some((m) => m.strength === "strong")) {
      d.diagnose(`skip amount "${s.text.slice(money.start, money.end)}" (an earlier pledge told in the pluperfect, with no day)`);
      continue;
    }
    if (NOT_PLEDGED_YET.test(own)) {
      d.diagnose(`skip amount "${s.text.slice(money.start, money.end)}" (proposed or planned, not pledged)`);
      continue;
    }
    if (GROUP_GIVER.test(own)) {
      d.diagnose(`skip amount "${s.text.slice(money.start, money.end)}" (a group's figure, not one donor's)`);
      continue;
    }
    const stated = giverAfterFrom(s.text, money.end) ?? findDonor(s.text, money.start) ?? parliamentOf(s.text);
    const donorGuess = stated ?? contextDonor;
    if (!isEventCount(d, s, money)) continue;
    let guessed = stated ? 0 : 1;
    const donor = donorGuess ?? HOME_COUNTRY[money.currency] ?? null;
    if (!donor) {
      d.diagnose(`drop aid ${money.amount} ${money.currency}: no donor in: ${s.text.slice(0, 80)}`);
      continue;
    }
    if (!donorGuess) guessed++;
    // A bare "$" is the donor's own dollar when the donor pays in dollars that are not the US's
    // ("Canada will provide $34 million"); "US$", "USD" and "U.S. dollars" stay US dollars.
    const currency = money.currency === "USD" && s.text[money.start] === "$" ? (OWN_DOLLAR[donor] ?? "USD") : money.currency;
    const date = dayOfNewPledge(d, s, dateFor(d, s, money.start, (t) => findDonor(t) === donor));
    const recipient = mentionsUkraine(s.text) || fromContext(d, s, (t) => mentionsUkraine(t) || null) ? "UA" : null;
    // "It includes air defence ...": the next sentence may say what the money is for.
    const next = mixedPurposes(s.text) ? null : nextInParagraph(d, s);
    const category = aidCategory(s.text) ?? (next && !aidExtractor.trigger.test(next.text) ? aidCategory(next.text) : null);
    const rule: RuleName = stated ? "aid.pledge" : "aid.pledge-inferred-donor";
    const converted = money.statedEur === null ? toEuros(money.amount, currency, date.date, d.rates) : null;
    const fact: ExtractedFact = {
      kind: "aid",
      date: date.date,
      country: donor,
      place: null,
      donor,
      recipient,
      amount: money.amount,
      currency,
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
    // "Kishida pledged the fresh financial support … on Feb. 20" later in the text: the pledge's own day.
    const toldDay = date.source === "sentence" ? null : pledgeDayTold(d, s, donor);
    if (toldDay) fact.date = toldDay;
    // "Switzerland plans to strengthen Ukraine's economy" as the headline: the whole dispatch is about aid to Ukraine.
    if (fact.recipient === null && d.sentences.slice(0, 2).some((p) => mentionsUkraine(p.text))) fact.recipient = "UA";
    // "Pledging further military aid, the PM …" before the amount's sentence: the purpose told in the section.
    if (fact.category === null && !mixedPurposes(s.text)) fact.category = fromContext(d, s, (t) => (PLEDGING.test(t) && !aidExtractor.trigger.test(t) ? aidCategory(t) : null));
    // "a €50 billion aid package" in the lead, "a new financial instrument …, worth EUR 50 billion" below: the same pledge
    // restated (same figure and currency, no other giver) may say what the money is for.
    if (fact.category === null && !mixedPurposes(s.text)) fact.category = categoryOfRestatement(d, s, money, donor);
    out.push({
      kind: "aid",
      rule,
      key: money.amount,
      equivalents: money.equivalents,
      dateSource: toldDay ? "sentence" : date.source,
      placeSource: "sentence",
      isHeading: s.isHeading,
      section: s.section,
      fact,
    });
  }
  return out;
}

// ---- Fifth pass (aid): what the amount's own clause says it is (guide §8), read by structure. ----

const GIVING_PARTICIPLE = String.raw`(?:provided|given|sent|allocated|pledged|committed|delivered|transferred|disbursed|donated|spent|contributed|supplied|granted|earmarked|channell?ed)`;
// "…, having provided €28 billion": a perfect participle states what was given up to now (a running total).
const HAVING_GIVEN = new RegExp(String.raw`\bhaving\s+(?:already\s+|so\s+far\s+|previously\s+)?${GIVING_PARTICIPLE}\b`, "i");
// "has allocated a total of €1.7 billion", "have sent in total": a sum told with a perfect of giving.
const PERFECT_TOTAL = new RegExp(
  String.raw`\b(?:has|have|had)\s+(?:(?!been\b)\w+\s+){0,2}?${GIVING_PARTICIPLE}\b[^.;]{0,60}?\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether)\b|\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether)\b[^.;]{0,70}?\b(?:has|have|had)\s+(?:been\s+)?${GIVING_PARTICIPLE}\b`,
  "i",
);
// "Japan's support to Ukraine has reached $12 billion", "British military aid this year amounts to £3 billion":
// aid as a mass noun, the subject of a verb of reaching, is the size of all giving so far. A package or
// tranche is one pledge ("the package amounts to €500 million"), and "new aid amounts to" is new.
const AID_MASS_REACHES =
  /\b(?<!\b(?:new|latest|fresh|additional|extra|this|the\s+new)\s+)(?:aid|support|assistance|help|contributions|funding)\b(?:\s+(?!(?:package|tranche|and|which|that)\b)[\w’'-]+){0,5}?\s+(?:(?:has|have|had|now|already)\s+){0,2}(?:reach(?:es|ed)?|amount(?:s|ed)?\s+to|totall?(?:s|ed)|stands?\s+at|stood\s+at|exceed(?:s|ed)?|top(?:s|ped)|surpass(?:es|ed)|passe[sd])\s*$/i;

// "Hungary blocked a €500 million tranche", "the US paused $300 million": a verb that withholds money
// governs the amount, so its subject gives nothing (the amount is talked about, not pledged).
const WITHHOLDS =
  /\b(?:block(?:s|ed|ing)?|veto(?:es|ed|ing)?|held\s+up|hold(?:s|ing)?\s+up|stall(?:s|ed|ing)?|delay(?:s|ed|ing)?|reject(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|withh(?:o|e)ld(?:s|ing)?|suspend(?:s|ed|ing)?|paus(?:e|es|ed|ing)|halt(?:s|ed|ing)?|cut(?:s|ting)?\s+off|froze|freez(?:e|es|ing)|cancel(?:s|led|ed|ling)?|scrap(?:s|ped|ping)?)\b/i;
const WITHHOLDS_AMOUNT = new RegExp(String.raw`${WITHHOLDS.source}\s+(?:(?!(?:with|for|to|by|in|on|against)\b)[\w'’-]+\s+){0,4}?$`, "i");
// "a $60 billion package … remains stalled", "the €50 billion package, which Hungary has blocked": withheld after the amount.
const WITHHELD_AFTER = new RegExp(
  String.raw`^[^.;]{0,50}?\b(?:(?:is|are|was|were|remains?|remained|has\s+been|have\s+been|being)\s+(?:still\s+)?(?:stalled|blocked|held\s+up|frozen|delayed|vetoed|suspended|paused|halted)|(?:which|that)\s+(?:[\w’'-]+\s+){1,3}?(?:has\s+|have\s+|had\s+)?(?:blocked|vetoed|held\s+up|stalled|delayed|frozen|suspended|paused))\b`,
  "i",
);
// "talks on a €20 billion loan", "negotiations over the €5 billion package": discussed, not pledged.
// "discussed the implementation of a €400 million package", "reviewed the delivery of the $1 billion tranche": a
// pledge already made, talked about again (its progress), not a new one.
const PROGRESS_OF = /\b(?:discuss(?:ed|es|ing)?|talked\s+about|review(?:ed|s|ing)?|consider(?:ed|s|ing)?|assess(?:ed|es|ing)?|focused\s+on|touched\s+(?:up)?on|noted)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:implementation|progress|status|use|delivery|execution|disbursement|fulfil(?:l)?ment)\s+of\s+(?:a|an|the|this)?\s*(?:[\w-]+\s+){0,2}?$/i;
// "the total military and civilian support for Ukraine from Sweden, …, will amount to more than SEK 100 billion":
// a total of all support as the subject of a verb of amounting (told in any tense), not a pledge.
const TOTAL_AMOUNTS_TO =
  /\btotal\s+(?:[\w-]+\s+){0,4}?(?:aid|support|assistance|help|contributions?|funding)\b[^.;]{0,140}?\b(?:(?:will|would|could|should|has|have|had|now|already)\s+){0,2}(?:reach(?:es|ed)?|amount(?:s|ed)?\s+to|totall?(?:s|ed)?|stands?\s+at|stood\s+at|exceed(?:s|ed)?|come\s+to|comes\s+to|be)\s+(?:(?:more\s+than|over|about|around|almost|nearly|some|approximately|roughly|at\s+least)\s+)?$/i;
const TALKS_ON = /\b(?:talks|negotiations|discussions|debates?|wrangling)\s+(?:on|about|over|for)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?$/i;
// "Germany is Ukraine's second-largest donor …, with €28 billion": a ranking among donors states the sum so far.
const DONOR_RANKING =
  /\b(?:(?:second|third|fourth|fifth)[- ])?(?:largest|biggest|leading|top|main|major|most\s+generous)\s+(?:[\w-]+\s+){0,2}?(?:donors?|supporters?|backers?|contributors?|providers?)\b|\bamong\s+(?:the\s+|Ukraine['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:donors|supporters|backers|contributors)\b/i;
// The ranked donor's sum: "…, with €28 billion", "has provided €28 billion" (not "on Monday announced a …").
const RANKED_SUM = new RegExp(String.raw`\bwith\s+(?:about\s+|some\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+)?$|\b(?:has|have|had)\s+(?:\w+\s+)?${GIVING_PARTICIPLE}\b`, "i");
// "is expected to announce a €1.5 billion tranche next week": an announcement foreseen is no pledge yet.
const FORESEEN =
  /\b(?:(?:is|are|was|were)\s+)?(?:expected|likely|poised|due|scheduled|slated|tipped)\s+to\s+(?:formally\s+|officially\s+)?(?:announce|approve|unveil|adopt|agree|sign|pledge|provide|allocate|give|send|commit|present|decide|vote|endorse|release)\b|\b(?:if|once|when|pending|subject\s+to|awaiting)\s+(?:it\s+is\s+|they\s+are\s+)?(?:approv(?:ed|al)|adopted|passed|ratified|signed)\b/i;

// A breakdown of a whole told before it in the sentence: "$1 billion: $600 million in grants and $400
// million in loans", "€1 billion – €600 million for air defence, €400 million for ammunition", "with
// €300 million earmarked for energy", "split into", "divided between".
const BREAKDOWN_OPENER = /(?::|\s[–—-]\s|\b(?:split|divided|broken\s+down|distributed)\s+(?:\w+\s+)?(?:into|between|among|as\s+follows)|\bcompris(?:ing|es)|\bconsisting\s+of|\bmade\s+up\s+of)/i;
const BREAKDOWN_VERB = /\b(?:split|divided|broken\s+down|distributed)\s+(?:\w+\s+)?(?:into|between|among|as\s+follows)|\b(?:consists?\s+of|compris(?:es|ing)|made\s+up\s+of)\b/i;
// "including an increase of 300 million kroner to the pool": a component of a package, its noun between.
const INCLUDING_PART = /\b(?:including|includes|included|among\s+them)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,2}?of\s+(?:some\s+|about\s+|around\s+|nearly\s+|over\s+|up\s+to\s+)?$/i;
// "I am grateful to Finland for … the package worth €200 million": the recipient's thanks name the pledge again.
const THANKS = /\b(?:grateful|thank(?:s|ed|ing)?|gratitude|appreciat(?:e|es|ed|ing))\b/i;
// "the Ukraine Fund has allocated 64.8 billion kroner … for 2023-2028": what a multi-year framework holds so far.
const FRAMEWORK_PERFECT = new RegExp(String.raw`\b(?:has|have)\s+(?:(?!been\b)\w+\s+)?${GIVING_PARTICIPLE}\s+(?:[\w-]+\s+){0,2}?$`, "i");
// "a €1.5 billion tranche … as part of a €50 billion package", "€1.5 bn, under the €50 bn facility": the frame.
const FRAME_BEFORE = /\b(?:as\s+part\s+of|under|within|from|out\s+of)\s+(?:a|an|the|its|their|this)\s+(?:[\w-]+\s+){0,2}?$/i;
const FRAMEWORK_NOUN = /\b(?:fund|programme|program|facility|mechanism|instrument|initiative|framework)\b/i;
// "The funds … will be taken from the 7 billion kroner that Denmark allocated to a fund", "financed out of the
// €50 billion": the money a new package is drawn from is its source, told before, not a new pledge.
const DRAWN_FROM =
  /\b(?:taken|drawn|come|comes|coming|financed|funded|paid|sourced|released|disbursed|allocated|provided)\s+(?:\w+\s+)?(?:from|out\s+of)\s+(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?$/i;
// "It foresees up to €50 billion …", "The facility envisages €50 billion", "provides for": what a framework holds.
const FRAMEWORK_FORESEES = /\b(?:foresees?|envisages?|envisions?|provides?\s+for|earmarks?|sets?\s+aside)\s+(?:(?:up\s+to|a\s+total\s+of|some|about|around|over|more\s+than)\s+)?$/i;
// "€250 million of it will buy drones": a partitive names a part of money told before.
const PARTITIVE_AFTER = /^\s*(?:\([^)]*\)\s*)?of\s+(?:it|this|that|which|these\s+funds|the\s+(?:sum|amount|package|total|money|funds|funding|aid|tranche|allocation))\b/i;
// "has allocated a total of €500 million in a new package": a sum of new giving, not a running total.
// "New Zealand", "New York": "New" before a capitalised word is part of a name, no new giving.
const NEW_GIVING = /\b(?:[Nn]ew(?!\s+[A-Z])|[Ff]resh|[Ll]atest|[Aa]dditional|[Aa]nother|[Ff]urther)\b/;
const WITH_PART = /\bwith\s+(?:another\s+|a\s+further\s+|some\s+|about\s+|around\s+|nearly\s+|over\s+|up\s+to\s+|more\s+than\s+)?$/i;
const PART_ATTRIBUTE_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:of\s+(?:it|this|that|which|the\s+\w+)\s+)?(?:being\s+|to\s+be\s+)?(?:earmarked|set\s+aside|reserved|intended|designated|destined|directed|channell?ed|allocated|going|spent|used|for|to\s+(?:go|fund|pay|cover|support|buy|finance|be\s+spent|be\s+used))\b/i;

// "If late payments arise, Japan will provide up to $5 billion": a pledge under a condition is no pledge yet.
const CONDITIONAL_OPENER = /^\W*(?:If|Unless|Should\s+(?!be\b)\w+|In\s+(?:the\s+)?(?:case|event)\s+(?:of|that)|Provided\s+that)\b/;
// "… worth €188 million to Ukraine, if the president approves", "the next €15 billion only if it fulfils …".
const CONDITION_AFTER = /^[^.;]{0,80}?(?<!\b(?:even|as))\s+(?:only\s+)?(?:if|unless|provided\s+that|on\s+condition\s+that)\s+(?!\w+\s+(?:said|says|added)\b)/i;
// "the remaining CHF 3.5 billion", "the rest of the", "As a first step, CHF 1.5 billion": a stage or the
// remainder of a pledge stated as a whole (guide §8; the parts of one package are not separate facts).
const STAGE_OF_WHOLE = /\b(?:the\s+)?(?:remaining|rest\s+of\s+the|balance\s+of\s+the|outstanding|the\s+other)\s+(?:[\w-]+\s+)?$/i;
const STAGE_OPENER = /^\W*(?:As\s+(?:a|the)\s+(?:first|second|third|next|final|initial)\s+(?:step|stage|phase|tranche|instalment|installment)|In\s+(?:a|the)\s+(?:first|second|third|next|final|initial)\s+(?:step|stage|phase))\b/i;
// "According to the Kiel Institute …, Japan provided 606 million euros … between January and November
// last year": a figure a third party tallied over a period (attribution and aspect), not an announcement.
const TALLY_SOURCE = /\baccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:institute|tracker|database|data|figures|estimates|calculations|research|study|analysis|report)\b/i;
const PAST_GIVING = new RegExp(String.raw`\b(?:(?:has|have|had)\s+(?:\w+\s+)?)?${GIVING_PARTICIPLE}\b`, "i");
const SUMMED_PERIOD = new RegExp(
  String.raw`\bbetween\s+(?:${MONTHS_SOURCE}|(?:19|20)\d\d)\b[^.;]{0,20}?\band\s+(?:${MONTHS_SOURCE}|(?:19|20)\d\d)\b|\bfrom\s+(?:${MONTHS_SOURCE})\b[^.;]{0,12}?\b(?:to|until|through)\s+(?:${MONTHS_SOURCE})\b|\b(?:last|past|previous)\s+year\b|\bsince\b|\bso\s+far\b|\bto\s+date\b|\bin\s+(?:the\s+)?(?:first|past|last)\s+(?:\w+\s+)?(?:months|years|weeks)\b`,
  "i",
);

// ---- Tenth pass (aid): the parts of a package by stage and by recipient (guide §8). ----

// "we will be providing an additional €15 million during the next Council of Ministers on Wednesday": a weekday told of a
// coming occasion ("the next / upcoming / coming <event> on <weekday>") is a day still ahead, the day of a later step
// (a meeting, a vote), which a weekday read backwards would misdate. The pledge then takes the day of the report.
const COMING_OCCASION = /\b(?:next|upcoming|coming|forthcoming)\s+(?:[\w’'-]+\s+){0,4}?(?:on|this)\s+$/i;
const WEEKDAY_NAME = /^(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i;

function dayOfNewPledge(d: Dispatch, s: Sentence, date: { date: string; source: Source }): { date: string; source: Source } {
  if (date.source !== "sentence" || !/\b(?:next|upcoming|coming|forthcoming)\b/i.test(s.text)) return date;
  const mentions = d.dates(s).filter((m) => m.date === date.date);
  const ahead = (m: { start: number; end: number }) =>
    WEEKDAY_NAME.test(s.text.slice(m.start, m.end)) && COMING_OCCASION.test(s.text.slice(Math.max(0, m.start - 60), m.start));
  if (mentions.length === 0 || !mentions.every(ahead)) return date;
  d.diagnose(`aid: "${s.text.slice(mentions[0]!.start, mentions[0]!.end)}" is the day of a coming occasion, not of the pledge`);
  return { date: d.published, source: "default" };
}

// "… will be allocated for the second stage of the reconstruction", "for phase two of the project": the amount funds one
// stage of a project whose whole is stated elsewhere (a part, not a pledge of its own).
const STAGE_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:more\s+|each\s+)?(?:[\w-]+\s+){0,5}?(?:for|to|towards?|on)\s+(?:the\s+)?(?:(?:first|second|third|fourth|next|final|last|initial|later|subsequent)\s+(?:stage|phase)|(?:stage|phase)\s+(?:one|two|three|four|\d|I{1,3}V?))\b/i;
// "UNHCR and the ICRC will each receive €5 million", "the appeal is set to receive €1.5 million": a body named as the
// receiver of the amount (a verb of receiving right before it, often distributive "each"): a share of a whole.
const RECEIVER_OF_PART =
  /\b(?:(?:will|would|shall|is|are|to)\s+)?(?:(?:set|due|expected)\s+to\s+)?(?:each\s+|also\s+|jointly\s+)?(?:receive[sd]?|receiving|get(?:s|ting)?)\s+(?:(?:about|around|some|nearly|almost|over|up\s+to|more\s+than)\s+)?$/i;

/** A reason the amount is no new pledge of its own, read in its sentence; null when it may be one. */
function notANewPledge(d: Dispatch, s: Sentence, money: MoneyMention, monies: MoneyMention[]): string | null {
  const text = s.text;
  if (CONDITIONAL_OPENER.test(text) || CONDITION_AFTER.test(text.slice(money.end))) return "a conditional ('If …, X will provide', '… only if …')";
  const own = clauseBefore(text, money.start);
  if ((STAGE_OF_WHOLE.test(own) || STAGE_OPENER.test(text)) && largerInDispatch(d, money)) return "a stage or the remainder of a larger pledge";
  if (/according/i.test(text) && TALLY_SOURCE.test(text) && PAST_GIVING.test(text) && SUMMED_PERIOD.test(text)) return "a tally over a period, told by a third party";
  if (STAGE_AFTER.test(text.slice(money.end, money.end + 80)) && largerInDispatch(d, money)) return "a stage or phase of a project, a part of a larger pledge";
  if (RECEIVER_OF_PART.test(own) && giverAfterFrom(text, money.end) === null && largerBefore(d, s, money.amount, money.currency, money.start))
    return "a share a named body receives out of a whole told before (the package's breakdown by recipient)";
  if (HAVING_GIVEN.test(own)) return "a running total told by a perfect participle";
  if (soFarPerfect(text, own, money)) return "a running total ('so far' / 'to date' with a perfect)";
  if (constructionCost(text, own, money)) return "the cost of building or fitting out a structure, not aid (guide §8)";
  const clause = own + text.slice(money.start, clauseEnd(text, money.end));
  if (/\btotal|\ball\b|altogether/i.test(clause) && PERFECT_TOTAL.test(clause) && !NEW_GIVING.test(clause) && !/\b(?:package|tranche)\b/i.test(clause)) return "a running total (a total of, told in the perfect)";
  if (AID_MASS_REACHES.test(own)) return "the size of all aid so far (aid as the subject of a verb of reaching)";
  if (WITHHOLDS_AMOUNT.test(own) || WITHHELD_AFTER.test(text.slice(money.end, money.end + 80))) return "money withheld or blocked, not pledged";
  if (TALKS_ON.test(own)) return "an amount under talks, not pledged";
  if (PROGRESS_OF.test(own)) return "the progress of a pledge already made, talked about again";
  if (/\btotal/i.test(text) && TOTAL_AMOUNTS_TO.test(text.slice(Math.max(0, money.start - 260), money.start))) return "the total of all support as the subject of a verb of amounting";
  if (DONOR_RANKING.test(text) && RANKED_SUM.test(own) && !NEW_GIVING.test(own + text.slice(money.start, clauseEnd(text, money.end)))) return "a donor's overall sum beside its ranking among donors";
  if (FORESEEN.test(own) || FORESEEN.test(text.slice(money.end, clauseEnd(text, money.end)))) return "an announcement or approval still to come";
  if (splitByFunder(text, money, monies) && largerInDispatch(d, money)) return "a share of a larger pledge, split by the bodies that fund it ('X by the ministry of …, Y by …')";
  if (INCLUDING_PART.test(own) && largerInDispatch(d, money)) return "a component of the package told as 'including an increase of …'";
  if (THANKS.test(text) && donorFiguredElsewhere(d, s, money)) return "the recipient's thanks restate a pledge the donor's figure already states";
  if (FRAMEWORK_PERFECT.test(own) && FRAMEWORK_NOUN.test(own) && MULTI_YEAR.test(text) && !NEW_GIVING.test(text) && !d.dates(s).some((m) => m.strength === "strong")) return "a multi-year framework already allocated (a running total)";
  if (/\b(?:this|that|these|those|same)\s+$/i.test(text.slice(Math.max(0, money.start - 10), money.start)) && toldBefore(d, s, money)) return "a demonstrative refers back to an amount told before";
  if (FRAME_BEFORE.test(text.slice(Math.max(0, money.start - 60), money.start)) && monies.some((m) => m.end <= money.start && !m.isEquivalent && m.currency === money.currency && m.amount < money.amount))
    return "the whole a part is drawn from ('€1.5 billion … under the €50 billion facility'), pledged before";
  if (PARTITIVE_AFTER.test(text.slice(money.end, money.end + 40))) return "a part of the money told before ('€250 million of it')";
  if (DRAWN_FROM.test(text.slice(Math.max(0, money.start - 80), money.start))) return "the source the money is drawn from ('will be taken from the 7 billion kroner that …')";
  if (FRAMEWORK_FORESEES.test(own) && MULTI_YEAR.test(text) && smallerInDispatch(d, money)) return "a multi-year framework restated beside its tranche ('It foresees up to €50 billion for 2024-2027')";
  // Cue first: a second amount in the sentence, or a verb of breaking down a whole told before.
  if ((monies.length > 1 || BREAKDOWN_VERB.test(text)) && partOfWholeBefore(d, s, money, monies)) return "part of a whole stated before it";
  return null;
}

/** The category another sentence of the dispatch gives the same figure (its restatement), or null. */
function categoryOfRestatement(d: Dispatch, s: Sentence, money: MoneyMention, donor: string): AidCategory | null {
  for (const p of d.sentences) {
    if (p === s || p.isFurniture || THANKS.test(p.text)) continue;
    if (!moneyOf(d, p).some((m) => m.amount === money.amount && m.currency === money.currency)) continue;
    const other = findDonor(p.text);
    if ((other !== null && other !== donor) || mixedPurposes(p.text)) continue;
    const category = aidCategory(p.text);
    if (category) return category;
  }
  return null;
}

// ---- Ninth pass (aid): running totals by adverb, construction costs (guide §8). ----

// "So far, X has dispatched $33 million", "X has to date channelled …", "… has sent $5 million in total": an adverb of
// summing up with a perfect of any verb in the amount's clause tells all giving until now, not a new pledge.
const SO_FAR_ADVERB = /\b(?:so\s+far|thus\s+far|to\s+date|until\s+now|up\s+(?:un)?till?\s+now|to\s+this\s+day|in\s+total|in\s+all|all\s+told|altogether)\b/i;
// A perfect: "has" / "have" and a participle (regular -ed, or -en / -t / -wn / made), not "has to" or "has a".
const PERFECT_ANY =
  /\b(?:has|have)\s+(?:(?:already|so\s+far|thus\s+far|to\s+date|now|also|together|collectively|in\s+total|altogether)\s+)*(?:been\s+)?(?:[a-z]+ed|[a-z]+en|sent|spent|lent|made|shown|paid|dealt)\b/i;
const SENTENCE_OPENER = /^\W*[^,;]{0,40},/;

function soFarPerfect(text: string, own: string, money: MoneyMention): boolean {
  const clause = own + text.slice(money.start, clauseEnd(text, money.end));
  const opener = SENTENCE_OPENER.exec(text)?.[0] ?? "";
  if (!SO_FAR_ADVERB.test(clause) && !SO_FAR_ADVERB.test(opener)) return false;
  // "has so far approved a €2 billion package": one package named in the singular is one pledge, not a sum.
  return PERFECT_ANY.test(clause) && !NEW_GIVING.test(clause) && !ONE_PACKAGE.test(clause);
}
const ONE_PACKAGE = /\b(?:a|an|the|its|this)\s+(?:[\w€$£.,-]+\s+){0,4}?(?:package|tranche)\b/i;

// "€2.4 million was allocated for the shelter's construction", "funds for the construction of the wall": money whose
// purpose is building a structure is its cost (guide §8: construction costs are not aid). "… with €75,000 spent on
// furniture": money spent is an outlay, not a pledge. "reconstruction" (of a country) is no construction cost.
const FOR_CONSTRUCTION =
  /^[^.;]{0,60}?\b(?:for|on|towards?)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?<!re)(?:construction|erection|building\s+of|fit-?out|furnishing)\b/i;
const SPENT_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being|already)\s+)*spent\b/i;

// "the construction cost was about", "the cost of the repairs amounted to", "building costs totalled": a cost noun as the
// subject, then a copula or a verb of amounting, then the amount (with an optional hedge).
const COST_IS =
  /\b(?:(?:construction|building|renovation|repair|reconstruction|project)\s+costs?|costs?\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:construction|building|works?|repairs?|renovation|project|shelter))\s+(?:(?:was|were|is|are|will\s+be|would\s+be|has\s+been|had\s+been|amounted\s+to|amounts\s+to|came\s+to|totall?ed|reached|stood\s+at)\s+)(?:(?:about|around|approximately|roughly|nearly|almost|some|over|more\s+than|just\s+over|under)\s+)?$/i;

function constructionCost(text: string, own: string, money: MoneyMention): boolean {
  const after = text.slice(money.end, clauseEnd(text, money.end));
  if (SPENT_AFTER.test(after)) return true;
  // "pledged €5 million in aid for the construction of shelters": money named as aid stays a pledge; the cost rule
  // reads a project's budget line ("€2.4 million was allocated for the shelter's construction").
  // "The construction cost was about 2 million yen, and there was also a donation …": the amount is predicated of a
  // cost (the subject of a copula or verb of amounting), whatever else the sentence calls aid.
  if (COST_IS.test(own)) return true;
  if (STRONG_AID.test(text)) return false;
  return FOR_CONSTRUCTION.test(after) || /\b(?:construction|building)\s+(?:of\s+[^,;]{0,40}?)?(?:cost|costs|costing|will\s+cost)\s+(?:\w+\s+)?$/i.test(own);
}

// A bare "$" names no country's dollar. When the dispatch states the same figure with a marked dollar
// ("€1.3 billion (S$1.9 billion)" under a headline "… worth $1.9 billion", "C$64.8 million" beside
// "$64.8 million"), the bare one is that dollar: the headline restates the body's figure (guide §2).
const MARKED_DOLLARS = new Set(["CAD", "AUD", "SGD", "HKD", "NZD"]);
function dollarOfFigure(d: Dispatch, text: string, money: MoneyMention): string {
  if (money.currency !== "USD" || text[money.start] !== "$") return money.currency;
  const all = d.memo("aid:all-money", () => d.sentences.flatMap((p) => moneyOf(d, p)));
  return all.find((m) => m.amount === money.amount && MARKED_DOLLARS.has(m.currency))?.currency ?? money.currency;
}

// A sentence without an amount that tells when the aid was pledged: a verb of pledging with aid as its
// object ("pledged the fresh financial support … on Feb. 20", "announced the package on Tuesday").
const PLEDGE_TOLD =
  /\b(?:pledged|announced|promised|unveiled|approved|committed|agreed)\b[^.;]{0,60}?\b(?:support|aid|assistance|package|funding|financing|loan|tranche|contribution)\b/i;

// "Pledging further military aid to support Ukraine, …": a sentence about the pledge itself, without its amount.
const PLEDGING = /\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?)\b[^.;]{0,40}?\b(?:aid|assistance|support|package)\b/i;

/** The day another sentence of the dispatch gives for the pledge (guide §3: the text's own day), or null. */
function pledgeDayTold(d: Dispatch, s: Sentence, donor: string): string | null {
  for (const p of d.sentences) {
    if (p === s || p.isFurniture || p.isHeading || !PLEDGE_TOLD.test(p.text) || aidExtractor.trigger.test(p.text)) continue;
    const other = findDonor(p.text);
    if (other !== null && other !== donor) continue;
    const day = d.dates(p).find((m) => m.strength === "strong");
    if (day) return day.date;
  }
  return null;
}

/**
 * Another sentence of the dispatch, not one of thanks, states a close figure (within a quarter: a rounder
 * figure of the same package) of the same currency with the same donor.
 */
function donorFiguredElsewhere(d: Dispatch, s: Sentence, money: MoneyMention): boolean {
  const donor = findDonor(s.text, money.start);
  return d.sentences.some(
    (p) => p !== s && !p.isFurniture && !THANKS.test(p.text) && moneyOf(d, p).some((m) => m.currency === money.currency && Math.abs(m.amount - money.amount) <= 0.25 * money.amount) && (donor === null || findDonor(p.text) === donor),
  );
}

/** The same amount stated in an earlier sentence of the dispatch (the referent of "this €18 billion package"). */
function toldBefore(d: Dispatch, s: Sentence, money: MoneyMention): boolean {
  return d.sentences.some((p) => p.index < s.index && !p.isFurniture && moneyOf(d, p).some((m) => m.amount === money.amount && m.currency === money.currency));
}

/** The amounts of a sentence, read once per dispatch (crowns without a donor are left out). */
const moneyOf = (d: Dispatch, p: Sentence) => d.memo(`aid:money:${p.index}`, () => findMoney(p.text, null));

/** A larger amount of the same currency somewhere in the dispatch: the whole a stage belongs to. */
function smallerInDispatch(d: Dispatch, money: MoneyMention): boolean {
  const all = d.memo("aid:all-money", () => d.sentences.flatMap((p) => moneyOf(d, p)));
  return all.some((m) => m.currency === money.currency && !m.isEquivalent && m.amount < money.amount);
}

function largerInDispatch(d: Dispatch, money: MoneyMention): boolean {
  const all = d.memo("aid:all-money", () => d.sentences.flatMap((p) => moneyOf(d, p)));
  return all.some((m) => m.currency === money.currency && m.amount > money.amount);
}

// "CHF 21 million will be contributed by the foreign ministry, CHF 6 million by the justice ministry",
// "€5 million comes from the state budget and €3 million from the city": an agent or source after each amount.
const FUNDED_BY_AFTER =
  /^\s*(?:(?:will\s+be|is|are|was|were|has\s+been|have\s+been|shall\s+be)\s+(?:\w+\s+)?(?:contributed|provided|funded|financed|paid|covered|borne|allocated|given|put\s+up)\s+|(?:will\s+)?(?:comes?|came|coming)\s+)?(?:by|from)\s+(?:the\s+)?/i;

/** Two or more amounts of one currency in the sentence, this one told with who funds it: a division of a whole. */
function splitByFunder(text: string, money: MoneyMention, monies: MoneyMention[]): boolean {
  if (!FUNDED_BY_AFTER.test(text.slice(money.end, money.end + 80))) return false;
  return monies.filter((m) => !m.isEquivalent && m.currency === money.currency).length >= 2;
}

/** The end of the clause that starts at `from` (the next comma, semicolon, dash or bracket). */
function clauseEnd(text: string, from: number): number {
  const m = /[,;(]|\s[–—]\s/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/**
 * The amount is one part of a whole stated earlier in the sentence: a larger amount of the same currency
 * before it, and either a breakdown between them (a colon, a dash, "split into") or the amount in an
 * absolute "with X earmarked for …", or the amounts after the whole add up to it.
 */
function partOfWholeBefore(d: Dispatch, s: Sentence, money: MoneyMention, monies: MoneyMention[]): boolean {
  const text = s.text;
  const all = monies.filter((m) => !m.isEquivalent);
  const larger = (m: MoneyMention) => m.currency === money.currency && m.amount > money.amount;
  const before = all.filter((m) => m.end <= money.start && larger(m));
  // Another giver named between the two amounts makes them two pledges ("Germany pledged €500 million –
  // France promised €300 million").
  const oneGiver = (between: string) => !findCountryMentions(between).some((m) => m.code !== "UA" && m.code !== "RU");
  if (before.some((whole) => oneGiver(text.slice(whole.end, money.start)) && BREAKDOWN_OPENER.test(text.slice(whole.end, money.start)))) return true;
  if (before.length > 0 && WITH_PART.test(text.slice(Math.max(0, money.start - 30), money.start)) && PART_ATTRIBUTE_AFTER.test(text.slice(money.end, money.end + 40))) return true;
  // "€1 billion, €600 million for air defence and €400 million for ammunition": the parts sum to the whole.
  const sumsTo = (whole: MoneyMention, parts: MoneyMention[]) => {
    const sum = parts.reduce((acc, m) => acc + m.amount, 0);
    return parts.length >= 2 && Math.abs(sum - whole.amount) <= whole.amount * 0.01;
  };
  if (before.some((whole) => sumsTo(whole, all.filter((m) => m.start > whole.end && m.currency === money.currency)))) return true;
  // The whole told in an earlier sentence of the section: "… a package worth DKK 8.5 billion. The package
  // is split into DKK 6 billion for … and DKK 2.5 billion for …".
  if (!BREAKDOWN_VERB.test(text.slice(0, money.start))) return false;
  const wholes = precedingInSection(d, s, "section").flatMap((p) => moneyOf(d, p).filter((m) => !m.isEquivalent && larger(m)));
  const parts = all.filter((m) => m.currency === money.currency);
  return wholes.some((whole) => sumsTo(whole, parts) || BREAKDOWN_VERB.test(text));
}

// "The Bundestag approved €8 billion": a national parliament votes its own country's money.
const PARLIAMENTS: Record<string, string> = {
  Bundestag: "DE", Sejm: "PL", Storting: "NO", Folketing: "DK", Riksdag: "SE", Eduskunta: "FI", Riigikogu: "EE", Saeima: "LV", Seimas: "LT",
  Althing: "IS", "Tweede Kamer": "NL", "House of Commons": "GB", Bundesrat: "DE", Nationalrat: "AT",
};
const PARLIAMENT = new RegExp(String.raw`\b(${Object.keys(PARLIAMENTS).join("|")})\b`);
const parliamentOf = (text: string): string | null => PARLIAMENTS[PARLIAMENT.exec(text)?.[1] ?? ""] ?? null;

// "Ukraine will receive €1.9 billion from the EU": with a verb of receiving, the giver follows "from".
const RECEIVES = /\b(?:receive[sd]?|receiving|get(?:s|ting)?|got|obtain(?:s|ed)?|secur(?:es|ed))\b/i;
const FROM_GIVER = /^[^.;]{0,60}?\bfrom\s+(?:the\s+)?(?:government\s+of\s+)?$/i;

/** The giver named after "from" when a verb of receiving governs the amount; null otherwise. */
function giverAfterFrom(text: string, end: number): string | null {
  if (!RECEIVES.test(text) || !/\bfrom\b/i.test(text.slice(end))) return null;
  if (!RECEIVES.test(clauseBefore(text, end))) return null;
  for (const m of findCountryMentions(text)) {
    if (m.start < end || m.code === "UA" || m.code === "RU") continue;
    if (FROM_GIVER.test(text.slice(end, m.start))) return m.code;
  }
  return null;
}

// "£6 million will go to the Red Cross", "another £2.5 million is earmarked for ...": the amount is
// where part of the money goes (the amount is the subject of a verb of destination).
const DESTINATION_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:of\s+(?:it|this|that|the\s+\w+)\s+)?(?:in\s+(?:[\w-]+\s+){1,2}?)?(?:will|would|shall|is|are|was|were|to|has\s+been|have\s+been)\s+(?:be\s+)?(?:go(?:ing)?\s+(?:to|towards|for)|went\s+to|earmarked|intended|designated|destined|directed|channell?ed|allocated\s+(?:in\s+(?:19|20)\d\d\s+)?(?:to|for)|used\s+(?:for|to)|spent\s+on)\b/i;

const DESTINATION_VERB = /\b(?:will|would|shall|is|are|was|were)\s+(?:be\s+)?(?:go(?:ing)?\s+(?:to|towards|for)|earmarked|intended|designated|directed|channell?ed|allocated\s+to|used\s+(?:for|to)|spent\s+on)\b/i;

/**
 * A larger amount in the same currency stated before (in the sentence or section): the whole package whose
 * parts are told after it ("will allocate £8.5 million … £6 million will go to …").
 */
function largerBefore(d: Dispatch, s: Sentence, amount: number, currency: string, start: number): boolean {
  const larger = (text: string) => findMoney(text, null).some((m) => m.currency === currency && m.amount > amount);
  return larger(s.text.slice(0, start)) || precedingInSection(d, s, "section").some((p) => larger(p.text));
}

// "..., bringing its military aid to Ukraine to €28 billion": a verb of raising and "to" right before the amount.
const BRINGS_TO =
  /\b(?:brings?|brought|bringing|takes|took|taking|raises?|raised|raising|lifts?|lifted|lifting|increas(?:es|ed|ing)|boost(?:s|ed|ing)?|push(?:es|ed|ing))\b[^.;]{0,80}?\bto\s+(?:about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$/i;

// "Under the financing plan, ...", "With this package, ...": an opening phrase frames every clause after it.
const FRAMING_OPENER = /^\W*(?:Under|With|In|According\s+to|After|Following|Through|As\s+part\s+of)\b[^,]{0,70},/i;

/** The text from the last clause break before `end` up to it. */
function clauseBefore(text: string, end: number): string {
  const head = text.slice(0, end);
  const cut = Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), head.lastIndexOf(" – "), head.lastIndexOf(" — "), head.lastIndexOf("("));
  return head.slice(cut + 1);
}

/**
 * The amount restates a multi-year pledge per year: its sentence names a period of years, or a
 * sentence of the dispatch states an amount over such a period.
 */
function perYearOfPledge(d: Dispatch, s: Sentence): boolean {
  if (MULTI_YEAR.test(s.text)) return true;
  // The pledge may be stated anywhere in the dispatch (a headline, a lead under another heading).
  return d.memo("aid:multi-year-pledge", () =>
    d.sentences.some((p) => !p.isFurniture && MULTI_YEAR.test(p.text) && findMoney(p.text, null).length > 0),
  );
}

const OWN_DOLLAR: Record<string, string> = { CA: "CAD", AU: "AUD" };

const SECOND_PLEDGE = /\b(?:another|second|third|again|once\s+more|one\s+more)\b/i;

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
  return (fa.amountEur !== null && fa.amountEur === fb.amountEur) || isConversion(a, b);
}

// A hedge right before a figure: "over US$60 million", "about $61m", "approx. €268m", "some 5 billion".
const HEDGED_FIGURE =
  /(?:over|more\s+than|about|around|approx(?:\.|imately)?|nearly|almost|some|roughly|up\s+to|at\s+least|in\s+excess\s+of|just\s+(?:over|under)|close\s+to)\s*(?:US|U\.S\.|C|A|NZ|S|HK)?[$€£¥₴]?\s*\d/i;
// Conversions differ by the rate's day (a few per cent); a hedged round figure ("over $60 million") by up to the next unit.
const CONVERSION_TOLERANCE = 0.05;
const HEDGED_TOLERANCE = 0.15;

/**
 * "Sweden to provide over US$60 million" over "650 million kronor (about US$61 million)": one pledge told in two
 * currencies (guide §2). The same donor's figure in another currency is a conversion of the other mention when it
 * agrees, within the rounding a hedge allows, with a figure that mention gives in the same currency, or with its euros.
 */
function isConversion(a: Candidate, b: Candidate): boolean {
  const fa = a.fact;
  const fb = b.fact;
  if (fa.kind !== "aid" || fb.kind !== "aid" || fa.currency === fb.currency) return false;
  const tolerance = HEDGED_FIGURE.test(fa.quote) || HEDGED_FIGURE.test(fb.quote) ? HEDGED_TOLERANCE : CONVERSION_TOLERANCE;
  const near = (x: number, y: number) => Math.abs(x - y) <= tolerance * Math.max(x, y);
  const statedIn = (x: Candidate, amount: number, currency: string) =>
    (x.equivalents ?? []).some((e) => e.currency === currency && near(e.amount, amount));
  if (statedIn(a, fb.amount, fb.currency) || statedIn(b, fa.amount, fa.currency)) return true;
  return fa.amountEur !== null && fb.amountEur !== null && near(fa.amountEur, fb.amountEur);
}

// "Schoof had committed to providing €3.5 billion", "the Netherlands had already pledged": the pluperfect sets the
// pledge before the time of the report, an earlier step the story looks back on (guide §3, §8).
const EARLIER_PLEDGE =
  /\bhad\s+(?:(?:already|previously|earlier|also|just|initially|originally)\s+)?(?:pledged|committed|promised|allocated|provided|announced|approved|agreed|given|sent|donated|earmarked|offered)\b/i;
const toldAsEarlier = (c: Candidate) => EARLIER_PLEDGE.test(c.fact.quote);

export const aidExtractor: KindExtractor = {
  kind: "aid",
  // The same pledge told as an announcement and, elsewhere, as an earlier commitment ("had committed … after the
  // summit on Wednesday"): the announcement leads, and the earlier step's day is not the pledge's.
  rank: (c) => (toldAsEarlier(c) ? -5 : 0),
  lendsDate: (c) => !toldAsEarlier(c),
  trigger: /[$€£¥₴]|\b(?:USD|EUR|GBP|DKK|NOK|SEK|PLN|JPY|CHF|CAD|AUD|UAH|CZK|HUF|RON|BGN|TRY|KRW|CNY)\b|euro|dollar|pound|crown|kron|korun|zlot|hryvn|grivn|forint|\blei\b|\bleva\b|lira|\bwon\b|yuan|renminbi|\byen\b|franc/i,
  detect,
  // A pledge restated later in the dispatch (a quoted press release, a closing summary) is the same
  // pledge even when the restatement carries another day (guide §2: a repeated figure is one fact).
  // "another €100 million", "a second tranche of …": a second pledge of the same size is not a restatement.
  sameEvent(a, b) {
    if (!sameMoney(a, b)) return false;
    return compatibleDates(a, b) || !(SECOND_PLEDGE.test(a.fact.quote) || SECOND_PLEDGE.test(b.fact.quote));
  },
};
