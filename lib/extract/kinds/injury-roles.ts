/**
 * What a number means in a casualty sentence, read from the words around it:
 * "injuring six people", "24 people were injured", "leaves 24 injured" → injured;
 * "killing three", "two people were killed", "death toll rose to 5" → killed; "the number of casualties
 * (victims) has increased to 10" → injured (guide §6: casualties without a death word are the injured);
 * "three of whom were in serious condition" → serious; "including 27 children" → a subgroup.
 */
import type { NumberMention } from "../numbers";

export type InjuryRole = "injured" | "killed" | "serious" | "injured+serious";

const Q = String.raw`(?:(?:a\s+total\s+of|at\s+least|more\s+than|over|about|around|some|nearly|almost|up\s+to|roughly|approximately|another|a\s+further|further|only)\s+)?`;
const PEOPLE = String.raw`(?:people|persons?|civilians?|residents?|others|children|child|kids|women|men|soldiers|servicemen|workers|passengers|employees|firefighters|rescuers|police(?:\s+officers)?|policemen|officers|teenagers|minors|adults|locals|villagers|citizens|individuals|victims|medics|journalists|miners|guards|troops|more|Ukrainians|Russians|Israelis|Palestinians|foreigners|nationals|citizens)`;
// "5 civilians of Gorlovka", "three residents from Kherson": the people's town after them (capitalised, up to three words).
// Also a longer name with its kind of place: "one civilian of the Donetsk People's Republic's (DPR) town of Gorlovka".
const OF_TOWN = String.raw`(?:\s+(?:of|from)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|\([A-Z]{2,6}\)|town|city|village|settlement|region|district|of)\s+){0,7}?[A-Z][\w’'-]+)?`;
const NOUN_PHRASE = String.raw`(?:\s*[”"’]?\s*(?:[\w-]+\s+){0,2}?${PEOPLE}\b)?${OF_TOWN}[”"’]?`;
// The aside may stand between dashes or in brackets too: "at least 10 others — including four children — were injured".
// People named one by one in apposition are the counted people again: "two civilians, a man and a woman, were taken to hospital".
const ASIDE = String.raw`(?:,\s*(?:including|among\s+them)[^,]{1,40},|,\s+(?:a|an)\s+[^,;.()\d]{1,40},|\s*[—–]\s*(?:including|among\s+them)[^—–,.;]{1,40}[—–]|\s+-\s+(?:including|among\s+them)[^—–,.;-]{1,40}\s-|\s*\(\s*(?:including|among\s+them)[^()]{1,40}\))?`;
// "a local resident who was working in his garden was wounded": a relative clause between the
// person and the verb (up to eight words, no clause break), so the verb still governs the count.
// A reduced relative too: "a woman living near the border in the Kursk region died" (a participle and up to
// twelve words, no clause break).
// "a man born in 1982 was killed": a person identified by the year of birth, the verb still governs the count.
const RELATIVE = String.raw`(?:\s+born\s+in\s+(?:19|20)\d\d|,?\s+(?:who|that)(?:\s+(?!and\b|but\b)[\w’'-]+){1,8}?,?|\s+(?:living|residing|working|staying|walking|driving|riding|travelling|traveling|sitting|standing)(?:\s+(?!and\b|but\b|was\b|were\b|is\b|are\b|had\b|has\b)[\w’'-]+){1,12}?)?`;
// "are known to have been injured", "are reported to have died", "is feared to be dead": a verb of knowing or
// saying raises the count out of the injury clause; the infinitive still says what happened to them.
const RAISING = String.raw`known|believed|thought|understood|feared|presumed|assumed|estimated|expected|said|likely|to\s+have\s+been|to\s+have|to\s+be`;
const AUX = String.raw`(?:\s+(?:were|was|have\s+been|has\s+been|had\s+been|have|has|had|are|is|got|been|being|also|reportedly|reported|confirmed|left|later|now|already|just|since|allegedly|officially|${RAISING})\b)*`;
const ADVERB = String.raw`(?:\s+(seriously|severely|critically|badly|gravely|slightly|lightly|fatally|mortally))?`;

// The verbs and nouns of being hurt: injured, wounded, hurt, maimed, hospitalised; sustained, suffered, received or got
// injuries, wounds, burns, fractures, concussions, (blast) traumas (up to two words before the noun).
const INJURED_WORD = String.raw`(?:injured|wounded|hurt|maimed|hospitali[sz]ed|injuries|(?:sustained|suffered|received|got)\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds|burns|fractures|concussions?|traumas?)|(?:required|needed|received|sought|underwent)\s+(?:hospital|medical)\s+(?:treatment|care|help|attention|assistance)|(?:taken|rushed|brought|admitted|transported)\s+to\s+(?:(?:a|the)\s+)?(?:local\s+|nearby\s+)?hospitals?)`;
const KILLED_WORD = String.raw`(?:killed|dead|died|deaths|fatalities|perished|lost\s+their\s+lives|lost\s+his\s+life|lost\s+her\s+life|(?:were|was)\s+found\s+dead|succumbed)`;
// An injury that ends in death is a death (guide §6): "received fatal injuries", "was mortally wounded",
// "injuries incompatible with life", "fatally wounding two".
const FATAL = /\b(?:fatal(?:ly)?|mortal(?:ly)?|lethal(?:ly)?|deadly)\b/i;
const FATAL_AFTER = /^\s*(?:[\w-]+\s+){0,3}?(?:incompatible\s+with\s+life|that\s+(?:later\s+)?proved\s+fatal|from\s+which\s+(?:he|she|they)\s+(?:later\s+)?died)\b/i;
const FATAL_BEFORE = /\b(?:fatally|mortally)\s+(?:injuring|wounding|injured|wounded)\s+(?:\w+\s+)?$/i;

// "A man who suffered serious injuries this afternoon died in hospital", "two people wounded in the strike later died":
// the injury told of the count in a relative or participle clause, the main verb its death (guide §6: a death).
// Not past a coordinator, clause break or another count ("… were injured and one died", "…, two of whom died").
const DIED_AFTER =
  /^(?:(?!\b(?:and|but|while|whereas|when|after|as|his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|others?)\b)[^,;:.\d–—]){0,50}?\b(?:later\s+|subsequently\s+|then\s+)?(?:died|succumbed|passed\s+away)\b/i;
const INJURED_AFTER = new RegExp(String.raw`^${NOUN_PHRASE}${ASIDE}${RELATIVE}${AUX}${ADVERB}\s*${INJURED_WORD}\b`, "i");
const KILLED_AFTER = new RegExp(String.raw`^${NOUN_PHRASE}${ASIDE}${RELATIVE}${AUX}\s*${KILLED_WORD}\b`, "i");
// "the number of injured in Kharkiv later rose to", "the death toll from Monday's strike on Dnipro has risen to":
// a tally noun, up to eight words that frame it (never a clause break), then a verb of change.
const FRAME = String.raw`(?:\s+(?![\w’'-]*(?:killed|wounded|injured)\b)[\w’'-]+){0,8}?`;
// "the number of casualties as a result of the evening attack by the enemy on the city has increased to": a longer frame.
const LONG_FRAME = String.raw`(?:\s+(?![\w’'-]*(?:killed|wounded|injured)\b)[\w’'-]+){0,16}?`;
// Every tense of the verbs of change, the present of headlines too ("Number of injured in Dnipro rises to 18").
const TALLY_VERB = String.raw`\s+(?:(?:has|had|have)\s+)?(?:(?:now|later|since|further|again|already)\s+)?(?:risen|rose|rises|climbed|climbs|increased|increases|grown|grew|grows|reached|reaches|stands|stood|is|was|jumped|jumps|soared|soars|mounted|mounts|gone\s+up|went\s+up|goes\s+up)\s+(?:at\s+|to\s+)?`;
const INJURED_BEFORE = new RegExp(
  String.raw`(?:\b(?:injuring|wounding|injured|wounded|hurt|injures|wounds|injure|wound|injuries\s+to)\s+|\b(?:number\s+of\s+(?:the\s+)?)?(?:injured|wounded)${FRAME}${TALLY_VERB}|\bnumber\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:casualties|victims|injuries|(?:people|persons|those|civilians|residents)\s+(?:injured|wounded|hurt))${LONG_FRAME}${TALLY_VERB})${Q}$`,
  "i",
);
const KILLED_BEFORE = new RegExp(
  String.raw`(?:\b(?:killing|killed|kills|kill|claimed\s+the\s+lives\s+of|lives\s+of)\s+|\bdeath\s+toll${FRAME}(?:${TALLY_VERB}|\s+of\s+))${Q}$`,
  "i",
);
// "three of whom are in serious condition", "two women are in an extremely grave condition": a grade of
// condition (an intensifier may stand before it) told of the counted people.
const SERIOUS_AFTER =
  /^\s*(?:of\s+(?:whom|them|those|the\s+(?:injured|wounded|victims))\s+|(?:people|persons|women|men|children|civilians|residents|victims|patients)\s+)?(?:(?:are|were|is|was|remain|remained|being)\s+)?(?:(?:still|now|currently)\s+)?(?:(?:hospitali[sz]ed|admitted|taken\s+to\s+hospital)\s+)?(?:in\s+(?:an?\s+)?(?:(?:extremely|very|particularly|critically|especially)\s+)?(?:serious|critical|grave|severe)\s+condition|(?:seriously|critically|severely|gravely)\b)/i;
const SUBGROUP_BEFORE = /\b(?:including|among\s+them|among\s+whom|incl\.)\s+$/i;
// Not "one civilian of the Donetsk People's Republic's (DPR) town of Gorlovka": the people's place, no subgroup.
const SUBGROUP_AFTER = /^\s*[”"’]?\s+of\s+(?:the(?!\s+(?:[A-Z][\w’'-]*\s+){1,4}(?:\([A-Z]{2,6}\)\s+)?(?:town|city|village|settlement|region|district)\s+of\b)|them|whom|those)\b/i;

// "the two injured were in intensive care in a serious condition": a serious count.
const INJURED_IN_SERIOUS =
  /^\s+(?:(?:people|persons|civilians|residents)\s+)?(?:injured|wounded)\s+(?:are|were|is|was|remain|remained)\s+(?:[\w\s]{0,30}?\s)?(?:in\s+(?:a\s+)?)?["“]?(?:serious|critical|grave|severe)\b/i;

// "the attack hit a total of 14 people", "the strike affected 12 civilians": people hit are casualties,
// told only with a noun of people after the count (buildings and cars are hit too).
const HIT_BEFORE = new RegExp(String.raw`\b(?:hit|struck|affected)\s+${Q}$`, "i");
const PEOPLE_AFTER = /^\s+(?:[\w-]+\s+)?(?:people|persons|civilians|residents|children|women|men|pedestrians|passers-by)\b(?![’'-])/i;

// "The condition of two local doctors is assessed as serious": the grade told of the people whose condition it is.
const CONDITION_OF_BEFORE = new RegExp(String.raw`\bcondition\s+of\s+(?:the\s+)?${Q}$`, "i");
const GRADE_AFTER =
  /^\s+(?:[\w-]+\s+){0,3}?(?:is|are|was|were|remains|remain|remained)\s+(?:(?:assessed|described|considered|rated|estimated|classified|reported|defined)\s+as\s+)?(?:(?:extremely|very|critically|particularly)\s+)?(?:serious|critical|grave|severe)\b/i;

// The grade of condition later in the count's own clause: no clause break, coordinator or other count before it.
const GRADE_LATER =
  /^(?:(?!\b(?:and|while|with|whom|them|including|one|two|three|four|five|six|seven|eight|nine|ten)\b)[^,;:.–—\d]){0,40}?\bin\s+(?:an?\s+)?(?:(?:extremely|very|particularly|critically|especially)\s+)?(?:serious|critical|grave|severe)\s+condition\b/i;

// "The body of a woman was retrieved from the rubble", "the bodies of three people were found": the dead, counted.
const BODY_BEFORE = /\b(?:bod(?:y|ies)|remains)\s+of\s+(?:the\s+)?$/i;
const BODY_FOUND_AFTER =
  /^[^,;.]{0,50}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:retrieved|recovered|found|pulled|removed|discovered|unearthed|extracted)\b/i;

export function injuryRole(sentence: string, n: NumberMention): InjuryRole | null {
  const before = sentence.slice(Math.max(0, n.start - 140), n.start);
  const after = sentence.slice(n.end, n.end + 120);
  if (BODY_BEFORE.test(before) && BODY_FOUND_AFTER.test(after)) return "killed";
  if (HIT_BEFORE.test(before) && PEOPLE_AFTER.test(after) && !SUBGROUP_AFTER.test(after)) return "injured";
  if (CONDITION_OF_BEFORE.test(before) && GRADE_AFTER.test(after)) return "serious";
  // "the attack claimed one life", "took two lives": deaths counted as lives.
  if (/\b(?:claimed|claiming|claims|took|taking|cost|costing)\s+$/i.test(before) && /^\s+(?:more\s+|human\s+|civilian\s+)?(?:lives|life)\b/i.test(after)) return "killed";
  if (INJURED_IN_SERIOUS.test(after)) return "serious";
  // "three of whom were in serious condition" is serious; "nine of the wounded" a subgroup.
  if (SUBGROUP_AFTER.test(after)) return SERIOUS_AFTER.test(after) ? "serious" : null;
  if (SUBGROUP_BEFORE.test(before)) return null;
  const injured = INJURED_AFTER.exec(after);
  if (injured && (FATAL.test(injured[0]) || FATAL_AFTER.test(after.slice(injured[0].length)) || DIED_AFTER.test(after.slice(injured[0].length)))) return "killed";
  // "seriously injured", "suffered severe injuries", "received critical wounds": all of them serious.
  // "Two children injured in Kharkiv in serious condition": the grade later in the same clause, told of them all.
  if (injured) return /\b(?:serious(?:ly)?|severe(?:ly)?|critical(?:ly)?|bad(?:ly)?|grave(?:ly)?)\b/i.test(injured[0]) || GRADE_LATER.test(after.slice(injured[0].length)) ? "injured+serious" : "injured";
  if (SERIOUS_AFTER.test(after)) return "serious";
  if (KILLED_AFTER.test(after)) return "killed";
  if (FATAL_BEFORE.test(before)) return "killed";
  if (INJURED_BEFORE.test(before)) return "injured";
  if (KILLED_BEFORE.test(before)) return "killed";
  return null;
}
