/**
 * Shelter facts: shelters or other defensive structures built. The count must name the
 * structures ("two concrete shelters"), so "able to shelter 900 pupils" or "50 soldiers
 * deployed" are no counts. Dimensions may follow in the next sentences ("They will be 9.6 m
 * long, 2 m wide and 1.5 m high"); the quote then spans them.
 */
import { mentionsCountry } from "../actors";
import { findCountryMentions } from "../countries";
import { countsIn, isEventCount } from "../counts";
import { dateFor, nextInSection, placeFor, type Dispatch } from "../dispatch";
import { confidenceOf, quoteOf } from "../evidence";
import type { Sentence } from "../sentences";
import type { Candidate } from "../types";
import type { KindExtractor } from "./kind";
import { compatibleDates, samePlace } from "./shared";
import { pickPlace } from "../places";

const STOP_MODIFIER = String.raw`(?!(?:were|was|and|of|which|that|in|on|at|for|to|people|pupils|children|students|persons|residents)\b)`;
const SHELTER_AFTER = new RegExp(
  String.raw`^\s*(?:${STOP_MODIFIER}[\w-]+\s+){0,3}?(?:shelters?|bunkers?|fortifications?|pillboxes|dugouts?|safe\s+rooms?|hideouts?)\b`,
  "i",
);
const BUILDING = /\b(?:build|builds|built|building|construct(?:s|ed|ing|ion)?|erect(?:s|ed|ing)?|install(?:s|ed|ing)?|set\s+up|equip(?:s|ped)?|new|will\s+be|started|completed|finished|open(?:s|ed)?|approved|plans?|deliver(?:s|ed)?)\b/i;
const METRES = String.raw`(\d+(?:[.,]\d+)?)\s*-?\s*(?:m|metres?|meters?)\b`;
const DIMENSION = new RegExp(String.raw`${METRES}\s+(long|in\s+length|wide|in\s+width|high|tall|in\s+height)`, "gi");
const BY_BY = new RegExp(String.raw`(\d+(?:\.\d+)?)\s*(?:m\s*)?(?:x|by|×)\s*(\d+(?:\.\d+)?)\s*(?:m\s*)?(?:x|by|×)\s*${METRES}`, "i");

interface Dimensions {
  lengthM: number | null;
  widthM: number | null;
  heightM: number | null;
}

function dimensionsIn(text: string): Dimensions | null {
  const dims: Dimensions = { lengthM: null, widthM: null, heightM: null };
  const boxed = BY_BY.exec(text);
  if (boxed) return { lengthM: Number(boxed[1]), widthM: Number(boxed[2]), heightM: Number((boxed[3] ?? "").replace(",", ".")) };
  let found = false;
  for (const m of text.matchAll(DIMENSION)) {
    const value = Number((m[1] ?? "").replace(",", "."));
    const what = (m[2] ?? "").toLowerCase();
    if (what.includes("long") || what.includes("length")) dims.lengthM ??= value;
    else if (what.includes("wide") || what.includes("width")) dims.widthM ??= value;
    else dims.heightM ??= value;
    found = true;
  }
  return found ? dims : null;
}

/** Places in the number's own clause, or in a sentence-opening "In X," that frames the sentence. */
function placeOfShelter(d: Dispatch, s: Sentence, anchor: number) {
  const places = d.places(s);
  const clauseStart = s.text.lastIndexOf(",", anchor) + 1;
  const nextComma = s.text.indexOf(",", anchor);
  const clauseEnd = nextComma < 0 ? s.text.length : nextComma;
  const opener = /^(?:In|At|Near|Across)\s[^,]{2,60},/.exec(s.text);
  const eligible = places.filter((p) => (p.start >= clauseStart && p.end <= clauseEnd) || (opener && p.end <= opener[0].length));
  return pickPlace(eligible, anchor);
}

function detect(d: Dispatch, s: Sentence): Candidate[] {
  if (!BUILDING.test(s.text)) return [];
  const out: Candidate[] = [];
  for (const n of countsIn(d, s)) {
    if (!SHELTER_AFTER.test(s.text.slice(n.end, n.end + 80)) || !isEventCount(d, s, n)) continue;
    let last = s;
    let dims = dimensionsIn(s.text);
    // "They will be 9.6 m long ...": the size may follow, unless the next sentence counts other shelters.
    for (let next = nextInSection(d, s), hops = 0; !dims && next && hops < 2; next = nextInSection(d, next), hops++) {
      if (countsIn(d, next).some((m) => SHELTER_AFTER.test(next?.text.slice(m.end, m.end + 80) ?? ""))) break;
      dims = dimensionsIn(next.text);
      if (dims) last = next;
    }
    // A sentence that names neither a place nor a country ("Regional authorities plan to install
    // 30 shelters") is about the place its section is about.
    const builder = findCountryMentions(s.text)[0]?.code ?? null;
    const inSentence = placeOfShelter(d, s, n.start);
    const place = inSentence ?? (builder || d.places(s).length ? null : placeFor(d, s, n.start, "section").place);
    const country = place?.country ?? builder;
    if (!country) {
      d.diagnose(`drop shelter ${n.value}: no country in: ${s.text.slice(0, 80)}`);
      continue;
    }
    // Borrow a day only from an earlier sentence about building shelters there ("Romania announced on Tuesday that it had started building air raid shelters").
    const aboutShelters = (t: string) =>
      shelterExtractor.trigger.test(t) && (mentionsCountry(t, country) || (!!place?.name && t.includes(place.name)));
    const date = dateFor(d, s, n.start, aboutShelters);
    const placeSource = inSentence ? "sentence" : place ? "context" : "default";
    out.push({
      kind: "shelter",
      key: n.value,
      dateSource: date.source,
      placeSource,
      isHeading: s.isHeading,
      section: s.section,
      fact: {
        kind: "shelter",
        date: date.date,
        country,
        place: place?.name ?? null,
        count: n.value,
        lengthM: dims?.lengthM ?? null,
        widthM: dims?.widthM ?? null,
        heightM: dims?.heightM ?? null,
        ...quoteOf(d.text, s, last),
        confidence: confidenceOf({ base: 0.85, date: date.source, place: placeSource, isHeading: s.isHeading }),
      },
    });
  }
  return out;
}

export const shelterExtractor: KindExtractor = {
  kind: "shelter",
  trigger: /shelter|bunker|fortification|pillbox|dugout|safe room|hideout/i,
  detect,
  sameEvent(a, b) {
    return a.key === b.key && samePlace(a, b) && compatibleDates(a, b);
  },
};
