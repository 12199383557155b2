/**
 * Shelter facts: shelters and other defensive structures built (guide §9).
 * - Protective shelters (bomb shelters, bunkers, underground schools or hospitals, shelter bus
 *   stops, modular shelters) are facts whether or not a size is given: "build two concrete
 *   shelters", and singulars "a shelter was installed", "the sixth underground school opened".
 * - Other defensive or border structures (fences, barriers, walls, ditches, dragon's teeth)
 *   are facts only with a stated size, in their sentence or the next two ("Poland completed a
 *   wall ... The length of the wall is 186 km"); a continuous fence counts as 1.
 * Capacities ("able to shelter 900 pupils") and deployments ("50 soldiers") are no counts;
 * a singular or a structure only begun, planned or promised is no fact yet.
 */
import { mentionsCountry } from "../actors";
import { findCountryMentions } from "../countries";
import { countsIn, isEventCount } from "../counts";
import { dateFor, followingInSection, fromContext, placeFor, precedingInSection, type Dispatch } from "../dispatch";
import { confidenceOf, quoteOf } from "../evidence";
import type { NumberMention } from "../numbers";
import type { RuleName } from "../rules";
import type { Sentence } from "../sentences";
import type { Candidate } from "../types";
import type { KindExtractor } from "./kind";
import { compatibleDates, samePlace } from "./shared";
import { pickPlace, refinesCity, refinesRegion, townOfRegion, type PlaceMention } from "../places";
import { dimensionsIn, type Dimensions } from "./shelter-sizes";
import { allMatches } from "../matches";

// A count's noun ends at a preposition: "64 institutions with shelters", "20 schools near shelters" count no shelters.
const STOP_MODIFIER = String.raw`(?!(?:were|was|and|of|which|that|in|on|at|for|to|with|without|by|from|into|near|under|per|people|pupils|children|students|persons|residents|places|seats)\b)`;
// What is built underground is a shelter whatever people do in it (guide §9: underground schools or hospitals):
// "underground school", "underground lyceum", "underground educational centre", "underground learning space",
// "underground maternity ward". Not what is underground for other ends (car parks, passages, gas storage, stations).
const UNDERGROUND_PURPOSE = String.raw`(?:education(?:al)?|learning|study|training|teaching|school|children[’']?s?|youth|medical|health(?:care)?|rehabilitation)\s+`;
const UNDERGROUND_ONE = String.raw`underground\s+(?:school|lyceum|gymnasium|kindergarten|nursery|classroom|hospital|clinic|polyclinic|maternity\s+(?:ward|hospital|unit)|${UNDERGROUND_PURPOSE}(?:cent(?:er|re)|space|hub|facility|complex|unit))(?!s)`;
const UNDERGROUND_MANY = String.raw`underground\s+(?:schools|lyceums|gymnasiums|kindergartens|nurseries|classrooms|hospitals|clinics|polyclinics|maternity\s+(?:wards|hospitals|units)|${UNDERGROUND_PURPOSE}(?:cent(?:er|re)s|spaces|hubs|facilities|complexes|units))`;
const SHELTER_NOUN = String.raw`(?:shelters?|bunkers?|fortifications?|pillboxes|dugouts?|safe\s+rooms?|hideouts?|${UNDERGROUND_ONE}|${UNDERGROUND_MANY}|shelter\s+(?:bus\s+)?stops?|(?:bus|transport)[- ]stop\s+shelters?)`;
const DEFENSIVE_NOUN = String.raw`(?:fences?|barriers?|walls?|ditch(?:es)?|trench(?:es)?|dragon[’']?s\s+teeth|fortification\s+lines?|defen[cs]e\s+lines?)`;
const SHELTER_AFTER = new RegExp(String.raw`^\s*(?:${STOP_MODIFIER}[\w-]+\s+){0,3}?${SHELTER_NOUN}\b`, "i");
const DEFENSIVE_AFTER = new RegExp(String.raw`^\s*(?:${STOP_MODIFIER}[\w-]+\s+){0,3}?${DEFENSIVE_NOUN}\b`, "i");

// "a shelter", "an underground school", "the sixth underground school", "a second shelter bus stop", "another bunker";
// a superlative singles out one too: "its largest underground centre", "the city's newest shelter".
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)|new|another|further|additional|largest|biggest|newest|latest|most\s+modern)`;
const ONE_SHELTER = String.raw`(?:shelter(?!s)|bunker(?!s)|pillbox(?!es)|dugout(?!s)|safe\s+room(?!s)|${UNDERGROUND_ONE}|shelter\s+(?:bus\s+)?stop(?!s)|(?:bus|transport)[- ]stop\s+shelter(?!s))`;
// The structure's name may stand in quotation marks: an "underground hospital-shelter", a «safe room».
const SINGULAR_SHELTER_SOURCE = String.raw`\b(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:${ORDINAL}\s+)?|(?:[Tt]he|[Ii]ts|[Tt]heir|[\w-]+[’']s)\s+${ORDINAL}\s+|(?<=\b(?:opens?|opened|installs?|installed|builds?|built|completes?|completed|unveils?|unveiled)\s+))["“«‘']?(?:${STOP_MODIFIER}[\w-]+\s+|[\w-]+ed\s+and\s+){0,3}?${ONE_SHELTER}\b`;
const SINGULAR_SHELTER = new RegExp(SINGULAR_SHELTER_SOURCE, "g");
// A headline in title case capitalises the noun too ("Another Kindergarten Shelter Equipped in …"); in running text a
// capitalised "Shelter" is a name ("the Safe Shelter fund"), so only headings are read without regard to case.
const SINGULAR_SHELTER_TITLE = new RegExp(SINGULAR_SHELTER_SOURCE, "gi");
// The completion verbs a headline puts right after its subject, in any tense it uses.
const HEADLINE_DONE = String.raw`(?:opens|opened|installed|completed|built|unveiled|appears|appeared|set\s+up|ready|equipped|commissioned|inaugurated|launched|handed\s+over|put\s+into\s+(?:operation|service)|arranged|erected|constructed)`;
// "Underground school opens in ...", "Shelter bus stop installed in ...": a headline's bare singular.
const BARE_SINGULAR_SHELTER = new RegExp(
  String.raw`(?:^|(?<=\s))(?:(?:new|first|second|third|another)\s+)?(?:${UNDERGROUND_ONE}|shelter\s+(?:bus\s+)?stop|(?:bomb|modular)\s+shelter|shelter|bunker)(?!s)\b(?=\s+${HEADLINE_DONE}\b)`,
  "gi",
);
// "a wall", "the barrier", "a 90-km fence": a defensive structure named once; "the second section of the eastern
// border" (a section of a border being fortified: built when the clause says its construction ended).
const SINGULAR_DEFENSIVE = new RegExp(
  String.raw`\b(?:a|an|one|the|its|their)\s+(?:[\w.,()’'-]+\s+){0,4}?(?:fence|barrier|wall|ditch|trench|fortification\s+line|defen[cs]e\s+line|(?:line|row|belt|strip)\s+of\s+(?:[\w-]+\s+){0,2}?(?:dragon[’']?s\s+teeth|obstacles|fortifications|anti-tank\s+[\w-]+)|(?:section|stretch|segment|part|phase)\s+of\s+(?:[\w’'-]+\s+){0,3}?(?:fortified\s+)?border)(?!s)\b`,
  "gi",
);

// "will build 30 shelters", "plans to open 21 schools", "five are operating, eight under construction": plans and stock, no fact.
const PLAN_OR_STOCK =
  /\b(?:plans?|planned|planning|intends?|going\s+to|under\s+construction|currently|(?:are|is)\s+(?:operating|in\s+operation|functioning)|such|begun|as\s+of)\b/i;
const RUN_OF_FENCE = /\b(?:kilomet(?:er|re)s?|km|metres?|meters?)\s*(?:\([^)]{0,30}\)\s*)?of\s+(?:[\w-]+\s+){0,3}?(?:fenc(?:e|ing)|barriers?|walls?)\b/i;
// Numbers: the permissive building words of counted shelters ("has started work to build two concrete shelters").
const BUILDING = /\b(?:build|builds|built|building|construct(?:s|ed|ing|ion)?|erect(?:s|ed|ing)?|install(?:s|ed|ing)?|set\s+up|equip(?:s|ped)?|new|will\s+be|started|completed|finished|open(?:s|ed)?|approved|plans?|deliver(?:s|ed)?)\b/i;
// A structure now in use: "has begun operations", "started working", "opened its doors", "welcomed its first pupils",
// "received its first patients", "began (to) operate/function", "is now operating".
const IN_USE = String.raw`(?:(?:has|have|had)\s+)?(?:begun|began|started|commenced|starts|begins)\s+(?:its\s+|their\s+)?(?:operations?|operating|to\s+(?:operate|work|function)|work(?:ing)?|functioning|classes|lessons|teaching)|opened\s+(?:its|their)\s+doors|(?:welcomed|received|admitted|took\s+in)\s+(?:(?:its|their)\s+)?(?:first|the\s+first)\s+(?:pupils|students|children|patients|visitors|residents)`;
// Tenth pass. A past verb of helping or managing with an infinitive of building tells the building done: "partners helped
// (to) restore the school and build a shelter", "managed to install"; a past "spent <time> building / setting up" too
// ("spent six months repairing the school and setting up a shelter"), the time told being the work's length.
const BUILD_INFINITIVE = String.raw`(?:build|construct|erect|install|set\s+up|equip|open)`;
const HELPED_BUILD = String.raw`(?:helped|managed|succeeded\s+in|assisted\s+in)\s+(?:to\s+)?(?:[\w’'-]+\s+){0,5}?(?:and\s+)?(?:${BUILD_INFINITIVE}|building|constructing|installing|setting\s+up)`;
const SPENT_BUILDING = String.raw`spent\s+(?:[\w-]+\s+){1,4}?(?:[\w-]+ing\s+(?:[\w’'-]+\s+){0,5}?and\s+)?(?:building|constructing|erecting|installing|setting\s+up|equipping)`;
// Singulars and defensive structures: only what is done — opened, installed, completed.
const DONE = new RegExp(
  String.raw`\b(?:opened|opens|installed|completed|completes|finished|finishes|built|erected|set\s+up|put\s+up|unveiled|inaugurated|equipped|commissioned|handed\s+over|launched|began\s+(?:operating|work(?:ing)?)|started\s+operating|appeared|constructed|laid|dug|placed|finali[sz]ed|wrapped\s+up|put\s+into\s+(?:operation|service|use)|entered\s+(?:service|operation)|${IN_USE}|${HELPED_BUILD}|${SPENT_BUILDING}|(?:construction|work|building)\s+(?:\w+\s+)?(?:has\s+|had\s+|was\s+)?(?:ended|finished|completed|concluded)|has\s+(?:a|an)|now\s+has|received|(?:is|are|was|were|now)\s+(?:now\s+)?(?:complete|ready|finished|in\s+place|operational))\b`,
  "i",
);
const NOT_YET =
  /\b(?:plans?|planned|planning|intends?|intended|going\s+to|proposed|(?<!\b(?:helped|managed)\s)to\s+(?:build|install|open|construct|erect)|under\s+construction|being\s+(?:built|constructed|installed|erected)|(?:has|have)\s+(?:begun|started)(?!\s+(?:its\s+|their\s+)?(?:operations?|operating|to\s+(?:operate|work|function)|work(?:ing)?|functioning|classes|lessons|teaching)\b)|began\s+(?:construction|building|to\s+build)|started\s+(?:construction|building|to\s+build)|construction\s+(?:of\s+[^.]{0,60}?)?(?:has\s+)?(?:started|began|begun|starts|begins))\b/i;

// What is only intended, expected or paid for, not built (guide §9: plans and targets are no facts):
// modal and future forms, "is to be", "set to", "expected to", purposes ("funds to build"), a later time.
const IRREALIS = new RegExp(
  [
    // A modal that governs building, not capacity ("can accommodate 200 people", "which will host 900 pupils").
    String.raw`(?:\b(?:will|won['’]t|would|shall|should|could|might|must|can)|['’]ll)\s+(?:(?:soon|also|now|not|then|eventually|likely|only|still|first|be)\s+){0,3}(?:build|built|open|opened|install|installed|construct|constructed|erect|erected|complete|completed|finish|finished|set\s+up|equip|equipped|ready|create|created|receive|received|get|appear|start|started|begin|launch|launched|handed|put|provide|provided|have|cost|house|accommodate\s+(?:more|up\s+to))\b`,
    String.raw`\b(?:plans?|planned|planning|intends?|intended|aims?|aimed|expects?|expected|hopes?|hoped|wants?|seeks?|going|set|scheduled|slated|proposed|proposes?|promised?|promises|pledged?|vowed?)\s+(?:to|for)\s+(?!(?:the\s+)?(?:attack|shelling|strikes?|war)\b)`,
    String.raw`\b(?:is|are|was|were)\s+(?:also\s+)?to\s+(?:be|get|receive|open|build|have|install|construct|appear)\b`,
    // A headline drops the copula: "Three more underground schools to be built in Kharkiv".
    String.raw`\bto\s+be\s+(?:built|constructed|installed|opened|erected|set\s+up|equipped|completed)\b`,
    // The structure described as it is to be: "the fence will be 2.5 m high", "the wall will consist of three rows",
    // "it will stretch 200 km", "is to have a height of" (a future copula or verb of extent, not of capacity).
    String.raw`(?:\b(?:will|shall|would)|['’]ll|\b(?:is|are)\s+(?:going\s+)?to)\s+(?:(?:also|soon|then|eventually|likely|only|still|reportedly|each)\s+){0,2}(?:be\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|some\s+|over\s+|up\s+to\s+|more\s+than\s+|nearly\s+|almost\s+|at\s+least\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|hundreds)\b)|be\s+(?:made|topped|fitted|crowned|reinforced|lined|covered|located|placed)\b|consist|comprise|stretch|span|measure|extend|rise|run\s+(?:for|along|\d)|have\s+(?:a\s+)?(?:height|length|width|total\s+length)\b)`,
    // "due to open" (not "constructed due to the rising tensions").
    String.raw`\bdue\s+to\s+(?:be|open|start|begin|get|receive|appear|complete|finish)\b`,
    String.raw`\b(?:funds?|money|funding|budget|allocated|allocates?|allocating|tender|contract|decision|decided|agreed|approved)\s+(?:[\w-]+\s+){0,4}?(?:to|for)\s+(?:build|construct|install|equip|set\s+up|erect|open|the\s+(?:construction|installation|building))\b`,
    String.raw`\bnext\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b|\bby\s+the\s+end\s+of\b|\bin\s+the\s+(?:near\s+)?future\b|\bin\s+the\s+coming\s+(?:weeks|months|years)\b`,
  ].join("|"),
  "i",
);
// "may" the modal, not the month: lower case before a verb.
const MAY_MODAL = /\bmay\s+(?:(?:soon|also|be)\s+){0,2}(?:built|opened|installed|have|open|get|receive|start|begin|completed|ready)\b/;
const irrealis = (clause: string) => IRREALIS.test(clause) || MAY_MODAL.test(clause);

// Guide §9: only structures that stand count. Not yet: a progressive or future ("six shelters are being
// built", "are under construction", "there will be 30 new shelters"), told by aspect and tense of the clause.
const NOT_YET_COUNTED =
  /\b(?:(?:is|are|was|were|being)\s+(?:\w+\s+)?being\s+(?:built|constructed|installed|erected|set\s+up|equipped|created|prepared|arranged|finished|completed)|under\s+(?:construction|way|development)|there\s+(?:will|would|shall)\s+(?:(?:also|soon|now|then)\s+)?be\b|(?:is|are)\s+(?:\w+\s+)?(?:nearing|awaiting)\s+completion)\b/i;
// "Construction of three more schools is ongoing", "work on five shelters continues": work in progress, a plan (guide §9).
const ONGOING =
  /\b(?:construction|building|installation|erection|work)\s+(?:of|on)\s+[^.;]{0,80}?\b(?:is|are|remains?)\s+(?:still\s+)?(?:ongoing|continuing|underway|under\s+way|in\s+progress)\b|\bongoing\s+(?:construction|building|installation)\s+of\b|\b(?:construction|building|installation|work)\s+(?:of|on)\s+[^.;]{0,80}?\bcontinues\b/i;
// "Five schools have already been built in three communities", "have been built so far / to date": a stock
// figure told in the present perfect with "already"/"so far", no day of its own (guide §9).
const STOCK_SO_FAR =
  /\b(?:have|has)\s+(?:already|so\s+far)\s+been\s+(?:built|constructed|installed|erected|opened|set\s+up|equipped|created)\b|\b(?:have|has)\s+been\s+(?:built|constructed|installed|erected|opened|set\s+up|equipped|created)\b[^.;]{0,40}?\b(?:so\s+far|to\s+date|already)\b/i;
// Work on structures that already stood: repairs, renovation, upgrades ("repaired and equipped 40 shelters").
const REPAIR =
  /\b(?:repair(?:s|ed|ing)?|renovat(?:e|es|ed|ing|ion)|refurbish(?:es|ed|ing|ment)?|restor(?:e|es|ed|ing|ation)|moderni[sz](?:e|es|ed|ing|ation)|overhaul(?:s|ed|ing)?|upgrad(?:e|es|ed|ing)|re-?equip(?:s|ped|ping)?|cleaned\s+up|brought\s+(?:\w+\s+)?(?:up\s+to|into)\s+(?:\w+\s+)?(?:standard|condition|order))\b/gi;
// A verb of new building that, after a repair word, governs a count of its own ("renovated the gym and built three new shelters").
const NEW_BUILD = /\b(?:built|builds|build|building|constructed|constructing|erected|new|opened|opens|created|set(?:ting)?\s+up|install(?:ed|ing))\b/i;
// A verb of opening and an article right before a repair participle: the participle is attributive ("opened a renovated …").
const OPENED_ARTICLE = /\b(?:opened|opens|unveiled|inaugurated|commissioned|launched|handed\s+over|presented)\s+(?:a|an|the|its|their|one)\s+(?:newly\s+)?$/i;
/** The count at `start`..`end` is of structures repaired or renovated, not built (read in its clause, before and after). */
function repairedCount(clause: string, start: number, end: number): boolean {
  const before = clause.slice(Math.max(0, start - 80), start);
  const after = clause.slice(end, end + 80);
  let last = -1;
  let lastStart = -1;
  for (const m of allMatches(REPAIR, before)) {
    last = m.index + m[0].length;
    lastStart = m.index;
  }
  // "opened a renovated and equipped shelter": the repair word qualifies the noun; the opening is the event told.
  if (last >= 0 && OPENED_ARTICLE.test(before.slice(0, lastStart))) return false;
  // "… restored electricity, and five shelters were built": a verb of building after the count governs it.
  if (last >= 0 && !NEW_BUILD.test(before.slice(last)) && !NEW_BUILD.test(after.slice(0, 50))) return true;
  // "40 shelters were repaired": the verb after the noun, before any verb of new building.
  REPAIR.lastIndex = 0;
  const after1 = REPAIR.exec(after);
  REPAIR.lastIndex = 0;
  return !!after1 && /^\s*[\w\s-]{0,40}?\b(?:were|was|have\s+been|has\s+been|are|had\s+been|got|being)\s+(?:\w+\s+)?$/i.test(after.slice(0, after1.index)) && !NEW_BUILD.test(after.slice(0, after1.index));
}
// "elements for the first 20 bunkers have arrived": parts delivered, not structures that stand.
const PARTS_FOR = /\b(?:elements|parts|components|modules|materials|kits|blocks|sections|segments|structures)\s+(?:[\w-]+\s+){0,2}?(?:for|of)\s+(?:the\s+)?(?:first\s+|next\s+|another\s+|further\s+)?$/i;
// "…, eight of which were installed", "five of them have been opened": the part that stands.
const PART_DONE =
  /^\s+of\s+(?:which|them|these|those)\s+(?:(?:have|has|had)\s+)?(?:already\s+|now\s+|so\s+far\s+)?(?:were|was|been|are)\s+(?:already\s+|now\s+)?(?:installed|built|completed|opened|erected|set\s+up|put\s+in\s+place|mounted|assembled|commissioned)\b/i;

// The present perfect of a part done: "of which have (already) been installed", "has so far been built".
const PERFECT_SO_FAR = /^\s+of\s+(?:which|them|these|those)\s+(?:have|has)\s+(?:already\s+|now\s+|so\s+far\s+)?been\b/i;

// Clause breaks that separate two statements: "intends to open 21 schools; the sixth opened on Monday".
const CLAUSE_BREAK = /;|\s[–—]\s|,\s+(?:but|while|whereas|although|though|and\s+(?:the|a|its|their))\s+|\s+while\s+|\s+but\s+/g;

/** The clause of `text` around `pos` (the whole sentence when it has no break). */
function clauseAt(text: string, pos: number): string {
  let from = 0;
  let to = text.length;
  for (const m of allMatches(CLAUSE_BREAK, text)) {
    if (m.index + m[0].length <= pos) from = m.index + m[0].length;
    else if (m.index > pos) {
      to = m.index;
      break;
    }
  }
  return text.slice(from, to);
}

/** Places in the number's own clause, or in a sentence-opening "In X," that frames the sentence. */
function placeOfShelter(d: Dispatch, s: Sentence, anchor: number) {
  const places = sitePlaces(d, s);
  const clauseStart = s.text.lastIndexOf(",", anchor) + 1;
  const nextComma = s.text.indexOf(",", anchor);
  const clauseEnd = nextComma < 0 ? s.text.length : nextComma;
  const opener = /^(?:In|At|Near|Across)\s[^,]{2,60},/.exec(s.text);
  const eligible = places.filter((p) => (p.start >= clauseStart && p.end <= clauseEnd) || (opener && p.end <= opener[0].length));
  // "An underground school has been opened in the village of Petropil ...": after the verb, the clause runs on.
  return pickPlace(eligible, anchor) ?? pickPlace(places.filter((p) => p.start > anchor), anchor) ?? unknownOpenerPlace(s.text, places);
}

// Tenth pass. "In Hostmeli, near Kyiv, a charity set up a shelter": a capitalised name after a sentence-opening "In",
// located by an apposition ("near / outside / north of <known place>"), is a settlement the gazetteer does not know;
// it frames the sentence, and it lies in the country of the place that locates it.
const UNKNOWN_OPENER =
  /^\W*In\s+((?:[A-Z][\w’'-]+)(?:[\s-][A-Z][\w’'-]+)?),\s+(?:(?:just\s+)?(?:near|outside|close\s+to|not\s+far\s+from)|(?:(?:\d+|a\s+few)\s+(?:km|kilomet(?:er|re)s|miles)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\s+(?:the\s+)?(?:(?:city|town|capital|village)\s+(?:of\s+)?)?[A-Z]/;

function unknownOpenerPlace(text: string, places: PlaceMention[]): PlaceMention | null {
  const m = UNKNOWN_OPENER.exec(text);
  if (!m || !m[1]) return null;
  const start = text.indexOf(m[1]);
  const end = start + m[1].length;
  // A name the gazetteer knows is read as the gazetteer reads it; only an unknown one is taken as written.
  if (places.some((p) => p.start < end && p.end > start)) return null;
  const locator = places.find((p) => p.start >= end && p.country);
  if (!locator) return null;
  return { name: m[1], start, end, country: locator.country, tier: "city" };
}

// "Lithuania built", "Estonia has also completed", "Finland's border guard finished": a country right
// before a verb of building (within a few words, no clause break) is its subject, the builder.
const BUILDER_VERB =
  /^(?:[’']s?(?:\s+[\w-]+){0,3}?)?\s+(?:(?:has|have|had|is|was|also|now|already|finally|recently|just|been)\s+){0,3}(?:built|builds|completed|completes|finished|finishes|erected|erects|installed|installs|constructed|constructs|opened|opens|put\s+up|set\s+up|laid|dug|unveiled|finali[sz]ed)\b/i;
// "Following Poland, …", "Like Latvia, …", "after Finland": a country named for comparison.
// "a border fence with Russia", "along the frontier with Belarus": the neighbour across the border, not the builder.
const COMPARED_BEFORE =
  /\b(?:following|like|unlike|after|as\s+did|similar\s+to|in\s+the\s+footsteps\s+of|(?:border|frontier|fence|wall|barrier|boundary)\s+with)\s+$/i;

/** The country that is the subject of a building verb: the nearest before the structure (at `anchor`), else the first. */
function builderSubject(text: string, anchor = text.length): string | null {
  const subjects = findCountryMentions(text).filter((m) => m.kind === "name" && BUILDER_VERB.test(text.slice(m.end, m.end + 60)));
  return (subjects.filter((m) => m.start < anchor).at(-1) ?? subjects[0])?.code ?? null;
}

// "partners, the Central Project Management Agency from the Republic of Lithuania, helped build a shelter": a country
// after "from" modifying an agent noun tells where the helper comes from, not where the structure stands (tenth pass).
const ORIGIN_OF_AGENT =
  /\b(?:agency|partners?|organi[sz]ations?|institutions?|foundation|fund|charity|company|companies|firm|team|volunteers|donors?|engineers|specialists|experts|programme|program|government|ministry|embassy|[A-Z][\w-]*)\s+from\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Federal\s+Republic)\s+of\s+)?$/;

/** The places of a sentence that may be where a structure stands: not a helper's country of origin. */
function sitePlaces(d: Dispatch, s: Sentence): PlaceMention[] {
  const all = d.places(s);
  if (!/\bfrom\b/.test(s.text)) return all;
  return all.filter((p) => !ORIGIN_OF_AGENT.test(s.text.slice(Math.max(0, p.start - 60), p.start)));
}

/** The country that builds: the subject of the building verb, else the first country not named for comparison. */
function builderOf(text: string): string | null {
  const subject = builderSubject(text);
  if (subject) return subject;
  const mentions = findCountryMentions(text);
  const own = mentions.find((m) => !COMPARED_BEFORE.test(text.slice(Math.max(0, m.start - 25), m.start)) && !ORIGIN_OF_AGENT.test(text.slice(Math.max(0, m.start - 60), m.start)));
  // Only neighbours across a border named: the builder is told elsewhere ("The Nordic country finished its fence with Russia").
  if (!own && mentions.some((m) => /\bwith\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start)))) return null;
  // Only helpers' countries of origin named: where the structure stands is told elsewhere.
  if (!own && mentions.length > 0 && mentions.every((m) => ORIGIN_OF_AGENT.test(text.slice(Math.max(0, m.start - 60), m.start)))) return null;
  return (own ?? mentions[0])?.code ?? null;
}

interface Mention {
  n: NumberMention;
  rule: RuleName;
  /** Where the structures are named, when the count is a part told after them ("eight of which …"). */
  anchor?: number;
}

// A protective structure named by its full noun ("underground schools", "shelter bus stops"), and its head
// noun told alone later ("opened two schools"), which refers back to it (coreference by the head noun).
const PROTECTIVE_FORM = /\b(?:underground|shelter|protected|bomb-proof|bombproof)\s+(?:bus\s+)?(school|hospital|kindergarten|classroom|stop)s?\b/gi;
// Plural only: "opened two schools" (a singular "one school" says no more than that a school exists).
const HEAD_AFTER = new RegExp(String.raw`^\s*(?:${STOP_MODIFIER}[\w-]+\s+){0,2}?(school|hospital|kindergarten|classroom|stop)s\b`, "i");
const BORDER_SECTION = String.raw`(?:section|stretch|segment|part|phase)\s+of\s+[^.]{0,40}?border`;
const CORE_TRIGGER = new RegExp(String.raw`shelter|bunker|fortification|pillbox|dugout|safe room|hideout|underground|fence|barrier|wall|ditch|trench|dragon|${BORDER_SECTION}`, "i");

/** Where each head noun is first named in its protective form in the dispatch. */
function protectiveHeads(d: Dispatch): Map<string, number> {
  return d.memo("shelter:protective-heads", () => {
    const heads = new Map<string, number>();
    if (!/underground|shelter|protected|bomb-?proof/i.test(d.text)) return heads;
    for (const m of allMatches(PROTECTIVE_FORM, d.text)) {
      const head = (m[1] ?? "").toLowerCase();
      if (!heads.has(head)) heads.set(head, m.index);
    }
    return heads;
  });
}

/** The count's noun is a head noun whose protective form the dispatch named before this sentence. */
function refersToShelter(d: Dispatch, s: Sentence, after: string): boolean {
  const head = HEAD_AFTER.exec(after)?.[1]?.toLowerCase();
  if (!head || SHELTER_AFTER.test(after)) return false;
  const first = protectiveHeads(d).get(head);
  return first !== undefined && first < s.start;
}

// ---- Ninth pass: a count whose noun is elided ("they are installing mobile shelters. They have erected nine"). ----

// The bare count is the object of a verb of building, with nothing after it but the clause's end or a
// partitive/adverb ("erected nine;", "have opened five of them", "installed another three so far").
const BUILT_BEFORE_BARE =
  /\b(?:built|erected|installed|opened|set\s+up|put\s+up|placed|constructed|completed|commissioned|equipped|delivered)\s+(?:(?:another|a\s+further|already|now|so\s+far|only|just)\s+)?$/i;
const BARE_AFTER = /^(?:\s+(?:of\s+them|more|already|so\s+far|to\s+date|in\s+all|in\s+total|this\s+week|last\s+week))?(?:\s*(?:[.;:,!)]|$)|\s+[–—]\s|\s+(?:and|but|while)\b)/i;
// Shelters named in the plural (the referent of the elided noun): "mobile bomb shelters", "modular shelters".
// The sentence cue for the trigger: a verb of building right before a number ("erected nine", "installed 12").
const BARE_BUILT_COUNT = String.raw`(?:built|erected|installed|opened|set up|put up|placed|constructed|completed|commissioned|equipped|delivered)\s+(?:(?:another|a further|already|now|so far|only|just)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|\w+teen|\w+ty)\b`;
const BARE_BUILT = new RegExp(BARE_BUILT_COUNT, "i");
const PLURAL_SHELTERS = new RegExp(String.raw`\b(?:shelters|bunkers|pillboxes|dugouts|safe\s+rooms|hideouts|shelter\s+(?:bus\s+)?stops|${UNDERGROUND_MANY})\b`, "i");

/**
 * A number with its noun left out, the object of a verb of building, whose structures the clause before it or the
 * sentence before it (same paragraph) names in the plural: the count of those shelters (guide §9, §1).
 */
function elidedShelterCount(d: Dispatch, s: Sentence, n: NumberMention): boolean {
  if (!BUILT_BEFORE_BARE.test(s.text.slice(Math.max(0, n.start - 40), n.start)) || !BARE_AFTER.test(s.text.slice(n.end, n.end + 30))) return false;
  if (PLURAL_SHELTERS.test(s.text.slice(0, n.start))) return true;
  const prev = precedingInSection(d, s, "paragraph")[0];
  return !!prev && PLURAL_SHELTERS.test(prev.text);
}

// ---- Ninth pass: "Two shelters opened in X. … A second shelter in X has been opened at …" ----

const ORDINAL_VALUE: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
};
const ORDINAL_WORD = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(\d+)(?:st|nd|rd|th))\b/i;

/**
 * A singular told by its ordinal ("a second underground space", "the third shelter") after an earlier sentence of
 * the dispatch counted at least that many built structures at the same place: it is one of those, told again
 * (a member of a counted whole, guide §2), not one more. Without such a count it stays a fact ("the city's second
 * shelter opened", guide §1).
 */
function memberOfEarlierCount(d: Dispatch, s: Sentence, raw: string, at: number): boolean {
  const o = ORDINAL_WORD.exec(raw);
  if (!o) return false;
  const k = o[2] ? Number(o[2]) : (ORDINAL_VALUE[(o[1] ?? "").toLowerCase()] ?? 0);
  if (k < 1) return false;
  // Each count's own place ("Three shelters opened in X and two in Y": the three are X's), not every place of its sentence.
  const here = placeOfShelter(d, s, at)?.name ?? null;
  for (const p of d.sentences) {
    if (p.index >= s.index) break;
    if (p.isFurniture || !CORE_TRIGGER.test(p.text)) continue;
    const counts = d.memo(`shelter:mentions:${p.index}`, () => mentionsIn(d, p)).filter((m) => m.rule === "shelter.count" && m.n.value >= Math.max(2, k));
    for (const c of counts) {
      const there = placeOfShelter(d, p, c.anchor ?? c.n.start)?.name ?? null;
      if (here === null || there === null || here === there) return true;
    }
  }
  return false;
}

/** The structures a sentence counts: numbers before a shelter noun, singulars, and defensive structures. */
function mentionsIn(d: Dispatch, s: Sentence): Mention[] {
  const out: Mention[] = [];
  const numbers = countsIn(d, s);
  // Whether a structure is built is read in its own clause, not across the sentence.
  const built = (pos: number) => {
    const clause = clauseAt(s.text, pos);
    return DONE.test(clause) && !NOT_YET.test(clause) && !irrealis(clause) && !repairedCount(clause, pos - s.text.indexOf(clause), pos - s.text.indexOf(clause) + 1);
  };
  for (const n of numbers) {
    const after = s.text.slice(n.end, n.end + 80);
    const clause = clauseAt(s.text, n.start);
    const clauseStart = s.text.indexOf(clause);
    // "eight of which were installed" after a count of shelters: the installed part is the fact.
    const whole = numbers.find((m) => m.start < n.start && SHELTER_AFTER.test(s.text.slice(m.end, m.end + 80)));
    if (whole && PART_DONE.test(after)) {
      // "…, nine of which have been installed" without a day: the progress of a lot still being put
      // in place (a stock figure, guide §9), not an installation that happened; "were installed" stays.
      if (PERFECT_SO_FAR.test(after.slice(0, 60)) && !d.dates(s).some((m) => m.strength === "strong")) {
        d.diagnose(`skip "${n.raw}" (installed so far: a stock figure) in: ${s.text.slice(0, 80)}`);
        continue;
      }
      out.push({ n, rule: "shelter.count", anchor: whole.start });
      continue;
    }
    if (SHELTER_AFTER.test(after) && PARTS_FOR.test(s.text.slice(Math.max(0, n.start - 60), n.start))) {
      d.diagnose(`skip "${n.raw}" (parts delivered, not structures) in: ${s.text.slice(0, 80)}`);
      continue;
    }
    const notYet =
      NOT_YET_COUNTED.test(clause) ||
      ONGOING.test(clause) ||
      (STOCK_SO_FAR.test(clause) && !d.dates(s).some((m) => m.strength === "strong")) ||
      repairedCount(clause, n.start - clauseStart, n.end - clauseStart);
    if (SHELTER_AFTER.test(after) && BUILDING.test(clause) && !PLAN_OR_STOCK.test(clause) && !irrealis(clause) && !notYet) out.push({ n, rule: "shelter.count" });
    else if (DEFENSIVE_AFTER.test(after) && built(n.start)) out.push({ n, rule: "shelter.defensive-structure" });
    else if (refersToShelter(d, s, after) && built(n.start) && !PLAN_OR_STOCK.test(clause) && !notYet) out.push({ n, rule: "shelter.count" });
    else if (elidedShelterCount(d, s, n) && built(n.start) && !PLAN_OR_STOCK.test(clause) && !irrealis(clause) && !notYet) out.push({ n, rule: "shelter.count" });
  }
  // A singular whose span holds a number ("a 90-km fence") or that a counted mention already took is not one more.
  const taken = (start: number, end = start + 1) =>
    numbers.some((n) => start <= n.start && n.start < end && out.some((m) => m.n === n)) || out.some((m) => Math.abs(m.n.start - start) < 3);
  const singulars = allMatches(s.isHeading ? SINGULAR_SHELTER_TITLE : SINGULAR_SHELTER, s.text);
  // A headline names its structure without an article: "Underground school opens in Zaporizhzhia".
  if (s.isHeading && singulars.length === 0) singulars.push(...allMatches(BARE_SINGULAR_SHELTER, s.text));
  for (const m of singulars) {
    if (taken(m.index, m.index + m[0].length) || !built(m.index)) continue;
    if (memberOfEarlierCount(d, s, m[0], m.index)) {
      d.diagnose(`skip "${m[0]}" (an ordinal member of structures counted before) in: ${s.text.slice(0, 80)}`);
      continue;
    }
    out.push({ n: { value: 1, start: m.index, end: m.index + m[0].length, raw: m[0], isWord: true }, rule: "shelter.singular" });
  }
  // "a wall", or a run of fence whose length is stated ("35 kilometres of fence"): one continuous structure.
  SINGULAR_DEFENSIVE.lastIndex = 0;
  const wall = SINGULAR_DEFENSIVE.exec(s.text) ?? RUN_OF_FENCE.exec(s.text);
  if (wall && built(wall.index) && !taken(wall.index, wall.index + wall[0].length) && !out.some((m) => m.rule === "shelter.defensive-structure")) {
    out.push({ n: { value: 1, start: wall.index, end: wall.index + wall[0].length, raw: wall[0], isWord: true }, rule: "shelter.defensive-structure" });
  }
  return out;
}

const STRUCTURE_NOUN = /\b(?:fence|barrier|wall|ditch|trench)\b/i;
// A structure noun with a length before it: "a three-kilometer fence", "a 3 km barrier".
const SIZED_STRUCTURE = /\b(?:kilomet(?:er|re)s?|km|metres?|meters?|m)\b[\w\s-]{0,20}?\b(?:fence|barrier|wall|ditch|trench)\b/i;

/** The size of the same defensive structure told in another sentence: its noun, a length before it, and a place of this sentence. */
function sizeToldElsewhere(d: Dispatch, s: Sentence, raw: string): Dimensions | null {
  const noun = STRUCTURE_NOUN.exec(raw)?.[0]?.toLowerCase();
  const names = new Set(d.places(s).flatMap((p) => (p.name && !p.dateline ? [p.name] : [])));
  if (!noun || names.size === 0) return null;
  for (const x of d.sentences) {
    if (x === s || x.isFurniture || !x.text.toLowerCase().includes(noun) || !SIZED_STRUCTURE.test(x.text)) continue;
    if (!d.places(x).some((p) => p.name !== null && names.has(p.name))) continue;
    const dims = dimensionsIn(x.text);
    if (dims) return dims;
  }
  return null;
}

function detect(d: Dispatch, s: Sentence): Candidate[] {
  const out: Candidate[] = [];
  // A sentence that names only a head noun ("two schools") is read only when the dispatch named its protective form.
  if (!CORE_TRIGGER.test(s.text) && protectiveHeads(d).size === 0 && !BARE_BUILT.test(s.text)) return out;
  for (const { n, rule, anchor } of mentionsIn(d, s)) {
    if (!isEventCount(d, s, n)) continue;
    let last = s;
    let dims: Dimensions | null = dimensionsIn(s.text);
    // "They will be 9.6 m long ...": the size may follow (or add a side), unless the next sentence counts other shelters.
    const complete = (x: Dimensions | null) => !!x && x.lengthM !== null && x.widthM !== null && x.heightM !== null;
    for (const next of followingInSection(d, s, 2)) {
      if (complete(dims)) break;
      if (countsIn(d, next).some((m) => SHELTER_AFTER.test(next.text.slice(m.end, m.end + 80)))) break;
      const more = dimensionsIn(next.text);
      if (!more) continue;
      const merged: Dimensions = dims
        ? { lengthM: dims.lengthM ?? more.lengthM, widthM: dims.widthM ?? more.widthM, heightM: dims.heightM ?? more.heightM }
        : more;
      if (JSON.stringify(merged) !== JSON.stringify(dims)) last = next;
      dims = merged;
    }
    // "completed a pilot segment of a fence near A" … "began building a pilot segment of a three-kilometer fence near
    // A": the size of the same structure (its noun and its place) told elsewhere in the dispatch (coreference).
    if (rule === "shelter.defensive-structure" && !dims) dims = sizeToldElsewhere(d, s, n.raw);
    // A fence or wall without a stated size is no fact (guide §9).
    if (rule === "shelter.defensive-structure" && !dims) {
      d.diagnose(`skip defensive structure without a size in: ${s.text.slice(0, 80)}`);
      continue;
    }
    // A sentence that names neither a place nor a country ("Regional authorities plan to install
    // 30 shelters") is about the place its section is about.
    const builder = builderOf(s.text);
    const inSentence = placeOfShelter(d, s, anchor ?? n.start);
    const told = inSentence ?? (builder || sitePlaces(d, s).length ? null : placeFor(d, s, n.start, "section").place);
    // "… set up in the Kherson region. The shelters were placed in the Daryivka community.": where the same structures stand.
    const standing = rule === "shelter.defensive-structure" ? (inSentence ? null : whereBarrierLies(d, s)) : whereTheyStand(d, s, told);
    const place = standing ?? told;
    // "the village of Petropil ..., Zaporizhzhia Oblast": a place no gazetteer knows takes the country of the others named.
    // A border structure stands in the country that builds it ("Following Poland, Lithuania built a fence").
    const subject = rule === "shelter.defensive-structure" ? builderSubject(s.text, n.start) : null;
    // "The Nordic country has finished its border fence": the builder named as subject before (or in the title).
    const builderBefore = () => fromContext(d, s, (t) => builderSubject(t)) ?? builderSubject(d.sentences[0]?.text ?? "");
    // A district no gazetteer knows ("in the Shevchenkivskyi district") is in the country of the places named before it.
    const knownBefore = () => precedingInSection(d, s, "section").flatMap((p) => d.places(p)).find((p) => p.country)?.country ?? null;
    // A headline's district no gazetteer knows ("… Equipped in the Korabelnyi District") is in the country the story below it names.
    const knownBelow = () => (s.isHeading ? storyBelow(d, s).flatMap((p) => d.places(p)).find((p) => p.country && !p.dateline)?.country ?? null : null);
    const country =
      subject ??
      place?.country ??
      sitePlaces(d, s).find((p) => p.country)?.country ??
      builder ??
      (rule === "shelter.defensive-structure" ? builderBefore() : sitePlaces(d, s).length > 0 ? (knownBefore() ?? knownBelow()) : null);
    if (!country) {
      d.diagnose(`drop shelter ${n.value}: no country in: ${s.text.slice(0, 80)}`);
      continue;
    }
    // Borrow a day only from an earlier sentence about building shelters there ("Romania announced on Tuesday that it had started building air raid shelters").
    const aboutShelters = (t: string) =>
      shelterExtractor.trigger.test(t) && (mentionsCountry(t, country) || (!!place?.name && t.includes(place.name)));
    const date = dateFor(d, s, n.start, aboutShelters);
    const placeSource = inSentence && !standing ? "sentence" : place ? "context" : "default";
    out.push({
      kind: "shelter",
      rule,
      key: n.value,
      dateSource: date.source,
      placeSource,
      isHeading: s.isHeading,
      section: s.section,
      fact: {
        kind: "shelter",
        date: date.date,
        country,
        // A border structure's place is the border, not a town it passes.
        place: rule === "shelter.defensive-structure" ? (inSentence?.name ?? standing?.name ?? null) : (place?.name ?? null),
        count: n.value,
        lengthM: dims?.lengthM ?? null,
        widthM: dims?.widthM ?? null,
        heightM: dims?.heightM ?? null,
        ...quoteOf(d.text, s, last),
        rule,
        confidence: confidenceOf({ rule, date: date.source, place: placeSource, isHeading: s.isHeading }),
      },
    });
  }
  return out;
}

/** The first sentences of the story under a heading (up to three, to the next heading). */
function storyBelow(d: Dispatch, heading: Sentence): Sentence[] {
  const out: Sentence[] = [];
  for (const f of d.sentences.slice(heading.index + 1, heading.index + 4)) {
    if (f.isHeading) break;
    out.push(f);
  }
  return out;
}

// "The shelters were placed in …", "Thus, mobile concrete structures were delivered to the villages of …",
// "They are located in …": the same structures told again, with where they stand (not planned: no modal).
const THEY_STAND =
  /^\W*(?:(?:Thus|So|Now|There|All|Both)\b,?\s+)?(?:(?:the|these|those|such|all|both)\s+)?(?:(?:[\w-]+\s+){0,3}(?:shelters|structures|bunkers|facilities|modules|units|hideouts)|They)\s+(?:were|have\s+been|had\s+been|are|are\s+now)\s+(?:\w+\s+)?(?:placed|installed|set\s+up|delivered|located|put|positioned|erected|built|situated)\b/i;

// "The newly built stretch is located in the region of X", "This section runs through Y": the same barrier, where it lies.
const BARRIER_LIES =
  /^\W*(?:the|this|that|its)\s+(?:[\w-]+\s+){0,3}(?:stretch|section|segment|fence|barrier|wall)\s+(?:(?:is|was)\s+(?:located|situated)|lies|runs|stands)\s+(?:in|along|through|across|near)\b/i;

/** The place the next sentence gives the same barrier ("The new stretch is located in …"), when its own names none. */
function whereBarrierLies(d: Dispatch, s: Sentence): PlaceMention | null {
  const f = followingInSection(d, s, 1)[0];
  return f && BARRIER_LIES.test(f.text) ? pickPlace(d.places(f).filter((p) => !p.landmark && !p.dateline), 0) : null;
}

// "These cities are A, B, C, and D", "The villages were A and B": a sentence that names the places just spoken of
// ("Four more cities … now have shelters"), a copula between a plural place noun and the list.
const IDENTIFIES_PLACES =
  /^\W*(?:These|Those|The|Such|All|Both)\s+(?:[\w-]+\s+){0,2}?(?:cities|towns|villages|communities|settlements|localities|municipalities|hromadas|districts|places|locations|sites)\s+(?:are|were|include|included)\s+/i;
// What may stand between two places of one list: a comma, "and", or both.
const LIST_JOINER = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;

/**
 * The places an identifying sentence lists, as written ("Sloviansk, Druzhkivka, Myrnohrad, and Pokrovsk"), when each
 * lies in the region the count's sentence names (or it names none); one place alone is returned as it is.
 */
function placesListed(f: Sentence, places: PlaceMention[], told: PlaceMention | null): PlaceMention | null {
  const towns = places.filter((p) => p.name && (!told || townOfRegion(p, told, places)));
  if (towns.length === 0 || towns.length !== places.length) return null;
  for (let i = 0; i + 1 < towns.length; i++) if (!LIST_JOINER.test(f.text.slice(towns[i]!.end, towns[i + 1]!.start))) return null;
  const first = towns[0]!;
  const last = towns[towns.length - 1]!;
  const country = first.country ?? told?.country ?? null;
  if (towns.length === 1) return { ...first, country };
  return { ...first, name: f.text.slice(first.start, last.end), end: last.end, tier: "multi", list: true, country };
}

/**
 * The place a following sentence (up to two of the section) gives the same structures, when it is
 * more specific than the one the count's sentence names: a town or list of towns in that region,
 * or any place when the count's sentence names none.
 */
function whereTheyStand(d: Dispatch, s: Sentence, told: PlaceMention | null): PlaceMention | null {
  if (told && told.tier !== "region") return null;
  for (const f of followingInSection(d, s, 2)) {
    // A sentence that counts structures itself tells its own (or the same) count, not where these stand.
    const identifies = !THEY_STAND.test(f.text) && IDENTIFIES_PLACES.test(f.text);
    if ((!THEY_STAND.test(f.text) && !identifies) || countsIn(d, f).some((m) => SHELTER_AFTER.test(f.text.slice(m.end, m.end + 80)))) continue;
    const places = d.places(f).filter((p) => !p.landmark && !p.dateline);
    if (identifies) {
      const list = placesListed(f, places, told);
      if (list) return list;
      continue;
    }
    const fit = told ? places.filter((p) => townOfRegion(p, told, places) || (p.tier === "multi" && !!p.name && refinesRegion(told.name ?? "", p.name))) : places;
    const place = pickPlace(fit, 0);
    return place ? { ...place, country: place.country ?? told?.country ?? null } : null;
  }
  return null;
}

export const shelterExtractor: KindExtractor = {
  kind: "shelter",
  trigger: new RegExp(String.raw`shelter|bunker|fortification|pillbox|dugout|safe room|hideout|underground|fence|barrier|wall|ditch|trench|dragon|schools|hospitals|kindergartens|classrooms|stops|${BORDER_SECTION}|${BARE_BUILT_COUNT}`, "i"),
  detect,
  sameEvent(a, b, ctx) {
    return a.key === b.key && samePlace(a, b, ctx) && compatibleDates(a, b);
  },
  // A mention that says where in the region the same structures stand gives the more specific place.
  absorb(into, other) {
    if (into.kind !== "shelter" || other.fact.kind !== "shelter" || !into.place || !other.fact.place || other.isHeading) return;
    if (other.fact.country === into.country && (refinesRegion(into.place, other.fact.place) || refinesCity(into.place, other.fact.place))) into.place = other.fact.place;
  },
};
