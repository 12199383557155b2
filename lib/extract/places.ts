/**
 * Places named in a sentence: "X and Y regions" lists, "X region"/"region of X", hand-listed
 * landmarks, "the town of X" (kept even when no gazetteer knows X), and capitalized names the
 * gazetteer knows. Capitals count as places only after a locative ("in Kyiv"), since "Kyiv said"
 * names a government; origins ("launched from X") are not where an event happened.
 */
import { findCountryMentions } from "./countries";
import { allMatches } from "./matches";
import { THEATRE_COUNTRIES, gazetteerMatches, startsPlaceName } from "./gazetteer";
import { normalizePlaceName } from "./place-names";
import { LANDMARKS, type Landmark, type PlaceTier } from "./landmarks";
import { FIRST_NAMES, LOCATIVE_BEFORE, ORIGIN_BEFORE, SPEECH_AFTER, STOP, TITLE_BEFORE } from "./place-cues";
import { liesInRegion, resolvePlaceDetail } from "./resolve-place";

export interface PlaceMention {
  /** A list of places ("Odesa and Mykolaiv regions") keeps the list as written: the event spans several. */
  name: string | null;
  start: number;
  end: number;
  country: string | null;
  /** "district": a district or hromada, below a region but above a city (a city's own district yields to the city). */
  tier: PlaceTier | "district" | "multi";
  /** "near the coast of Crimea" after "over the Black Sea": locates the place before it, so it yields to that one. */
  landmark?: boolean;
  /** "the Zavodskyi district of Mykolaiv": a district inside a city, more specific than the city. */
  withinCity?: boolean;
  /** "the center of Energodar", "Kherson city centre": the city a vague part of a city lies in (what "the city" refers back to). */
  city?: string;
  /** "in Shebekino and Valuyki": several places a list joins, no single finer place of a region's count. */
  list?: boolean;
  /** "the Okhmatdyt children's hospital": a named building or site, found again by its noun ("at the hospital"). */
  facility?: string;
  /** "KYIV (Reuters) —": where the reporter files from, which a nationwide tally is not about. */
  dateline?: boolean;
}

const NAME = String.raw`[A-Z\u00C0-\u024F][\p{L}’'\-]+(?:\s[A-Z\u00C0-\u024F][\p{L}’'\-]+)?`;
// "the Odesa and Mykolaiv regions", "Kherson, Donetsk, and Zaporizhzhia oblast(s)".
// "the Belgorod and Bryansk border regions": a descriptive word before the noun is left out of the name.
const MULTI_REGION = new RegExp(
  String.raw`\b(${NAME}(?:(?:,\s+|,?\s+and\s+)${NAME})+)\s+(?:(?:border|bordering|frontline|front-line|neighbou?ring|occupied|southern|northern|eastern|western|central)\s+)?([Rr]egions?|[Oo]blasts?|provinces?)\b`,
  "gu",
);
// "the central regions of Cherkasy and Vinnytsia": a list after the plural noun.
const REGIONS_OF_MULTI = new RegExp(String.raw`\b(?:[Rr]egions|[Oo]blasts|provinces)\s+of\s+(${NAME}(?:(?:,\s+|,?\s+and\s+)${NAME})+)`, "gu");
const BRACKET = String.raw`\s*\([^()]{1,40}\)`;
const BRACKETED_REGIONS = new RegExp(
  String.raw`((?:${NAME}${BRACKET}(?:,\s+|,?\s+and\s+))+${NAME}${BRACKET})\s+(?:[Rr]egions|[Oo]blasts|provinces)\b`,
  "gu",
);
const BRACKETED_ITEM = new RegExp(String.raw`(${NAME})${BRACKET}`, "gu");
const REGION_OF = new RegExp(String.raw`\b(?:region|oblast|province)\s+of\s+(${NAME})`, "gu");
// "the Sumy region", "Kharkiv Oblast", and "the Sumy regional administration" (the region too).
const X_REGION = new RegExp(String.raw`\b(${NAME})\s+(?:[Rr]egion(?:al)?|[Oo]blast|province|[Kk]rai)\b(?!s)`, "gu");
// "the Domodedovsky District of the Moscow Region", "Odesa district", "Shyroke hromada": below a region.
const DISTRICT = new RegExp(String.raw`\b(${NAME})\s+(?:[Dd]istrict|[Rr]aion|[Hh]romada|[Cc]ounty|[Cc]ommunity)\b(?!\s+(?:court|council|administration|police|hospital|centre|center|leaders?|members?))`, "gu");
// "the Jewish community", "the Euro-Atlantic community", "the LGBT community": a people or a group, not a hromada.
const NOT_A_COMMUNITY = /(?:ish|ian|ese|ic|ean|an|al|ist|ity|ary)$|^[A-Z]{2,}$/;
const QUALIFIER_BETWEEN =
  /^(?:\s+(?:region|oblast|district))?,?\s+(?:near|close\s+to|not\s+far\s+from|off|on\s+the\s+outskirts\s+of|outside)\s+(?:the\s+)?(?:(?:coast|shores?|outskirts)\s+of\s+)?(?:(?:the\s+)?(?:annexed|occupied|Russian-occupied)\s+)?(?:(?:the\s+)?(?:village|town|city|settlement)\s+of\s+)?$/i;
const DISTRICT_OF_CITY = /^\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?([A-Z\u00C0-\u024F][\p{L}’'\-]+)/u;
const CUED = new RegExp(
  String.raw`\b(?:town|city|village|port city|port|settlement|hamlet|commune|municipality|suburb|district)\s+of\s+(${NAME})`,
  "gu",
);
// "the villages of Chornobaivka, Stanislav and Bilozerka": several places of one kind, one joined place.
const CUED_LIST = new RegExp(
  String.raw`\b(?:towns|cities|villages|settlements|hamlets|communities)\s+of\s+(${NAME}(?:(?:,\s+|,?\s+and\s+)${NAME})+)`,
  "gu",
);
// "in the area of Nufarul and Victoria towns", "the Kozacha and Lypova villages": a list closed by a plural noun of
// settlements, one joined place as written (the noun left out, as a town is written alone).
const LIST_OF_TOWNS = new RegExp(String.raw`\b(${NAME}(?:(?:,\s+|,?\s+and\s+)${NAME})+)\s+(?:towns|villages|cities|settlements|communes|hamlets)\b`, "gu");
const FEATURE = new RegExp(String.raw`\bCape\s+(${NAME})|\b(${NAME})\s+(?:Spit|Bay|Island)\b`, "gu");
// "Tulyanka village", "the Kozacha Lopan settlement": the noun after the name (the Ukrainian order).
const CUED_AFTER = new RegExp(String.raw`\b(${NAME})\s+(?:village|settlement|hamlet)\b(?!\s+(?:council|head|chief|administration|of)\b)`, "gu");
// The nouns of a named building or site where people are hurt ("the Okhmatdyt children's hospital", "the Azovstal
// plant", "the Epicentr hypermarket"): one or two words may qualify the noun.
const FACILITY_NOUN =
  "hospital|clinic|maternity\\s+ward|market|bazaar|(?:railway|train|bus)\\s+station|mall|shopping\\s+(?:centre|center)|hypermarket|supermarket|plant|factory|refinery|(?:oil\\s+)?depot|airfield|air\\s+base|dam";
const FACILITY = new RegExp(
  String.raw`\b([A-Z\u00C0-\u024F][\p{L}’'\-]+(?:\s[A-Z\u00C0-\u024F][\p{L}’'\-]+)?)\s+((?:(?:children[’']s|maternity|regional|city|central|district|oil|power|thermal\s+power|steel|chemical)\s+)?(?:${FACILITY_NOUN}))\b(?!\s+of\b)`,
  "gu",
);
// (A "centre" or "station" alone is as often a body's name, "the Wilson Center", as a building.)
const FACILITY_CUE = /hospital|clinic|maternity|market|bazaar|station|mall|shopping|plant|factory|refinery|depot|airfield|air base|\bdam\b/;
// "the Russian market", "a Ukrainian plant": an adjective of a people, not a name.
const PEOPLE_ADJECTIVE = /(?:ian|ese|ish|ean|ic|an)$/;

const CAPITALIZED_RUN = /[A-Z\u00C0-\u024F][\p{L}’'\-]*(?:\s+[A-Z\u00C0-\u024F][\p{L}’'\-]*)*/gu;

const UNIT_AFTER =
  /^(?:\s+(?!(?:by|the|a|an|of|in|on|at|for|to|from|with|and|or|was|were|is|are|has|had|said|says)\b)[\w-]+){0,4}?\s+(?:brigade|battalion|regiment|division|corps|squadron|detachment)\b/i;

const CITY_BODY_AFTER = /^\s+[Cc]ity\s+(?:(?:[Mm]ilitary|[Ss]tate)\s+)*(?:[Aa]dministration|[Cc]ouncil|[Hh]all)\b/;

const AND_OTHERS_AFTER = /^(?:\s+[—–]\s[^—–]{0,100}[—–])?,?\s+and\s+(?:\w+\s+)?other\s+(?:regions|provinces|oblasts|areas|cities|towns)\b/;

const SLAVIC_VILLAGE =
  /\b(?:in|near|outside|at|(?:hit|struck|shelled|attacked|targeted|bombed|bombarded|fire\s+on|strikes?\s+on|attacks?\s+on|shelling\s+of))\s+([A-Z][a-z’'-]+(?:ivka|yivka|ovka|evka|ivske|ske|tske|inka|ynka|anka|ovo|evo|ino|ove|eve|ivtsi|yntsi|ychi|ichi))\b(?!\s+(?:[A-Z]|district|region|oblast|raion|community|hromada|village|settlement))/g;

interface Span {
  start: number;
  end: number;
}
const overlaps = (taken: Span[], s: Span) => taken.some((t) => s.start < t.end && s.end > t.start);

export function findPlaces(sentence: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  const taken: Span[] = [];
  const countries = findCountryMentions(sentence);
  const preferred = new Set([...THEATRE_COUNTRIES, ...countries.map((c) => c.code)]);
  const add = (m: PlaceMention) => {
    if (overlaps(taken, m)) return;
    const before = sentence.slice(Math.max(0, m.start - 40), m.start);
    // "from the directions of Kursk, Bryansk and Millerovo": every place of a list of origins.
    if (ORIGIN_BEFORE.test(sentence.slice(Math.max(0, m.start - 90), m.start))) return;
    // "the Odesa anti-aircraft missile brigade", "the Kherson territorial defence battalion": a unit's name, not where it is.
    if (UNIT_AFTER.test(sentence.slice(m.end, m.end + 60))) return;
    const capital = countries.find((c) => c.kind === "capital" && c.start === m.start && c.end === m.end);
    // "Kyiv said" names a government, but "the Kyiv City Military Administration" names the city's own.
    if (capital && !LOCATIVE_BEFORE.test(before) && !CITY_BODY_AFTER.test(sentence.slice(m.end, m.end + 40))) return;
    taken.push(m);
    out.push(m);
  };

  // The region patterns are costly; most sentences name no region at all.
  const namesRegion = /\b(?:[Rr]egions?|[Rr]egional|[Oo]blasts?|province|[Kk]rai)\b/.test(sentence);
  for (const m of namesRegion ? allMatches(MULTI_REGION, sentence) : []) {
    // "the village of Velyka Pysarivka, Sumy region" is a place and its region, not a list of regions.
    if (!/s$/.test(m[2] ?? "") && !/\sand\s/.test(m[1] ?? "")) continue;
    const first = (m[1] ?? "").split(/,|\sand\s/)[0]?.trim() ?? "";
    const r = resolvePlaceDetail(`${first} region`, preferred);
    // The guide joins several regions into one place, as the text writes them.
    if (r) add({ name: `${m[1] ?? ""} ${m[2] ?? ""}`.replace(/^The\s+/, ""), start: m.index, end: m.index + m[0].length, country: r.country, tier: "multi" });
  }
  for (const m of namesRegion ? allMatches(REGIONS_OF_MULTI, sentence) : []) {
    const list = m[1] ?? "";
    const first = list.split(/,|\sand\s/)[0]?.trim() ?? "";
    const r = resolvePlaceDetail(`${first} region`, preferred);
    const start = m.index + m[0].length - list.length;
    if (r) add({ name: list, start, end: start + list.length, country: r.country, tier: "multi" });
  }
  // "over Belgorod (four drones), Voronezh (four drones) and Kaluga (six drones) regions": every name of a
  // list closed by the plural noun is a region, whatever the brackets between them say.
  if (namesRegion && sentence.includes("(")) {
    for (const m of allMatches(BRACKETED_REGIONS, sentence)) {
      for (const item of allMatches(BRACKETED_ITEM, m[1] ?? "")) {
        const x = item[1] ?? "";
        const r = resolvePlaceDetail(`${x} region`, preferred);
        const start = m.index + item.index;
        if (r) add({ name: `${x} region`, start, end: start + x.length, country: r.country, tier: "region" });
      }
    }
  }
  for (const re of namesRegion ? [REGION_OF, X_REGION] : []) {
    for (const m of allMatches(re, sentence)) {
      // "Russia’s Ryazan Region": the possessive names the country, not the region.
      const x = (m[1] ?? "").replace(/^.*[’']s\s+/, "").replace(/^The\s+/, "");
      const r = resolvePlaceDetail(`${x} region`, preferred);
      // "Kyiv Oblast" stays as written; "the region of Sumy" and "the Sumy regional administration" are "Sumy region".
      const suffix = re === X_REGION ? /\s(\S+)$/.exec(m[0])?.[1]?.replace(/^([Rr]egion)al$/, "$1") : "region";
      const name = `${x} ${suffix === "Oblast" || suffix === "oblast" ? "Oblast" : "region"}`;
      if (r) add({ name, start: m.index, end: m.index + m[0].length, country: r.country, tier: "region" });
      // "the north-central region of Kainuu": the noun names a region even when no gazetteer knows it (as
      // "the town of X" names a town); its country is the one the text is about.
      else if (re === REGION_OF && !STOP.has(x) && !countries.some((c) => c.start < m.index + m[0].length && c.end > m.index)) {
        add({ name, start: m.index, end: m.index + m[0].length, country: null, tier: "region" });
      }
    }
  }
  if (/[Dd]istrict|[Rr]aion|[Hh]romada|[Cc]ounty|[Cc]ommunity/.test(sentence)) {
    for (const m of allMatches(DISTRICT, sentence)) {
      const x = (m[1] ?? "").replace(/^.*[’']s\s+/, "").replace(/^The\s+/, "");
      if (STOP.has(x)) continue;
      if (/[Cc]ommunity$/.test(m[0]) && (NOT_A_COMMUNITY.test(x) || countries.some((c) => c.start < m.index + (m[1] ?? "").length && c.end > m.index))) continue;
      // "the Central City district", "the Victory district", "Lenin district": a district named by a common word
      // that some far town bears is not that town; its country is taken only where the sentence is about.
      const named = resolvePlaceDetail(x, preferred);
      const r = named?.country && preferred.has(named.country) ? named : null;
      const start = m.index + (m[1] ?? "").length - x.length;
      // "the Zavodskyi district of Mykolaiv": a part of a city, the most specific place named.
      // "Kyiv's Darnytskyi district" too: the possessive names the city.
      const ofCity = DISTRICT_OF_CITY.exec(sentence.slice(m.index + m[0].length, m.index + m[0].length + 50));
      const owner = /^(?:the\s+)?([A-Z\u00C0-\u024F][\p{L}\-]+)[’']s\s/u.exec(m[1] ?? "")?.[1];
      const cityName = ofCity?.[1] ?? owner;
      const city = cityName ? resolvePlaceDetail(cityName, preferred) : null;
      const withinCity = city?.tier === "city";
      // "the Industrial district of the city of Kharkiv": the district with its city, as written.
      const end = m.index + m[0].length + (withinCity && ofCity ? ofCity[0].length : 0);
      add({
        name: sentence.slice(start, end),
        start,
        end,
        // "the Kirov district of Makiivka": the city's country, not that of a town the district is named after.
        country: (withinCity ? city.country : null) ?? r?.country ?? null,
        tier: "district",
        ...(withinCity ? { withinCity } : {}),
      });
    }
  }
  const { re: landmarkRe, byAlias } = landmarkPattern();
  for (const m of allMatches(landmarkRe, sentence)) {
    const landmark = byAlias.get(m[0]);
    if (!landmark) continue;
    const name = landmark.tier === "city" ? m[0] : landmark.name;
    add({ name, start: m.index, end: m.index + m[0].length, country: landmark.country, tier: landmark.tier });
  }
  if (FACILITY_CUE.test(sentence)) addFacilities(sentence, countries, preferred, add);
  if (/\s(?:towns|villages|cities|settlements|communes|hamlets)\b/.test(sentence)) {
    for (const m of allMatches(LIST_OF_TOWNS, sentence)) {
      const list = (m[1] ?? "").replace(/^(?:The|In|At|Near)\s+/, "");
      const start = m.index + (m[1] ?? "").length - list.length;
      const items = list.split(/,\s*(?:and\s+)?|\s+and\s+/).map((x) => x.trim());
      // (The noun says they are settlements, even of a name that is also a word: "Victoria".)
      if (countries.some((c) => c.start < start + list.length && c.end > start) || items.some((x) => /^(?:The|A|An|And|Or)$/.test(x))) continue;
      const country = items.map((x) => resolvePlaceDetail(x, preferred)?.country).find(Boolean) ?? null;
      add({ name: list, start, end: m.index + m[0].length, country, tier: "district", list: true });
    }
  }
  if (/(?:towns|cities|villages|settlements|hamlets|communities)\s+of\s/.test(sentence)) {
    for (const m of allMatches(CUED_LIST, sentence)) {
      const list = m[1] ?? "";
      const start = m.index + m[0].length - list.length;
      const country = list.split(/,|\sand\s/).map((x) => resolvePlaceDetail(x.trim(), preferred)?.country).find(Boolean) ?? null;
      add({ name: list, start, end: start + list.length, country, tier: "multi" });
    }
  }
  // "near Cape Chersonese", "the Kinburn Spit": a named feature of the coast or land is a place.
  if (/\b(?:Cape|Spit|Bay|Island)\b/.test(sentence)) {
    for (const m of allMatches(FEATURE, sentence)) {
      const name = m[0].replace(/^The\s+/, "");
      const start = m.index + m[0].length - name.length;
      add({ name, start, end: m.index + m[0].length, country: resolvePlaceDetail(m[1] ?? m[2] ?? "", preferred)?.country ?? null, tier: "city" });
    }
  }
  for (const m of allMatches(CUED, sentence)) {
    const x = m[1] ?? "";
    const start = m.index + m[0].length - x.length;
    const r = resolvePlaceDetail(x, preferred);
    add({ name: x, start, end: start + x.length, country: r?.country ?? null, tier: r?.tier ?? "city" });
  }
  if (/\s(?:village|settlement|hamlet)\b/.test(sentence)) {
    for (const m of allMatches(CUED_AFTER, sentence)) {
      const x = (m[1] ?? "").replace(/^(?:The|In|At|Near)\s+/, "");
      if (STOP.has(x) || /^(?:The|A|An|This|That|Each|Every)$/.test(x)) continue;
      const start = m.index + (m[1] ?? "").length - x.length;
      const r = resolvePlaceDetail(x, preferred);
      // "a Russian village", "Border village shelled": an adjective, not a name (a sentence's first
      // word is a name only when the gazetteer knows it).
      if (countries.some((c) => c.start <= start && c.end > start) || (!r && /^\W*$/.test(sentence.slice(0, start)))) continue;
      add({ name: x, start, end: start + x.length, country: r?.country ?? null, tier: r?.tier ?? "city" });
    }
  }
  for (const m of allMatches(CAPITALIZED_RUN, sentence)) {
    addGazetteerNames(sentence, m[0], m.index, preferred, countries, add);
  }
  // "targeted a building in Zelenivka", "the occupiers shelled Tiiahynka": a village too small for the gazetteer,
  // known by its Slavic place-name ending, after a locative ("in", "near", "outside") or a verb of attack.
  if (/(?:vka|ske|tske|nka|ovo|evo|ino|ove|eve|tsi|ychi)\b/.test(sentence)) {
    for (const m of allMatches(SLAVIC_VILLAGE, sentence)) {
      const x = m[1] ?? "";
      const start = m.index + m[0].length - x.length;
      if (STOP.has(x) || countries.some((c) => c.start < start + x.length && c.end > start)) continue;
      add({ name: x, start, end: start + x.length, country: null, tier: "city" });
    }
  }
  // "in the city center", "Kyiv city centre": a part of the city the sentence names, more specific than the city.
  if (/\b[Cc]ent(?:er|re)\b/.test(sentence)) addCityCentre(sentence, out);
  // A district no gazetteer knows is in the country of the region the sentence names.
  const known = out.find((p) => p.country)?.country ?? null;
  for (const p of out) if (!p.country && (p.tier === "city" || p.tier === "district")) p.country = known;
  out.sort((a, b) => a.start - b.start);
  // "over the Moscow region — which surrounds the capital — and three other provinces": one named place of
  // several unnamed ones names no single place of the event (the country stays).
  if (/\bother\s+(?:regions|provinces|oblasts|areas|cities|towns)\b/.test(sentence)) {
    for (const p of out) if (AND_OTHERS_AFTER.test(sentence.slice(p.end, p.end + 140))) p.name = null;
  }
  // "in the Leninsky district (Vidnoye) and Domodedovo", "over Crimea, the Black Sea and the Sea of Azov":
  // places coordinated after one locative are the event's place together, joined as the text joins them.
  if (out.length >= 2 && /\sand\s/.test(sentence)) joinCoordinated(sentence, out);
  // "near the X border crossing in Y County": a crossing bears the name of a town, often the one across the
  // border; it locates the event, which is in the other place the sentence names.
  if (/\b(?:crossing|checkpoint|border\s+post)\b/i.test(sentence)) {
    for (const p of out) if (CROSSING_AFTER.test(sentence.slice(p.end, p.end + 40))) p.landmark = true;
  }
  // "over the Black Sea near the coast of Crimea", "in the Orgiiv district on the outskirts of the village
  // of Podgoren": a place that only locates the one named right before it is a landmark, not the event's place.
  for (let i = 1; i < out.length; i++) {
    const p = out[i];
    const prev = out[i - 1];
    // "in the area of A and B towns, in Tulcea County", "in Shebekino, in the Belgorod region": a unit named after a
    // comma right behind a town (or a list of towns) is where the town lies, no place of its own.
    if (p && prev && locatesTownBefore(sentence, prev, p)) {
      p.landmark = true;
      continue;
    }
    if (!p || !prev || !QUALIFIER_BETWEEN.test(sentence.slice(prev.end, p.start))) continue;
    p.landmark = true;
    // "the Black Sea near the coast of Crimea": a sea is the country of the coast it lies off.
    if (prev.tier === "sea" || !prev.country) prev.country = p.country ?? prev.country;
  }
  return out;
}

const UNIT_NAME = /\s(?:[Cc]ounty|[Dd]istrict|[Rr]aion|[Rr]egion|[Oo]blast|[Pp]rovince)$/;

/** `unit` ("Tulcea County", "the X region") follows the town or list of towns `town` after a comma, as its locator. */
function locatesTownBefore(sentence: string, town: PlaceMention, unit: PlaceMention): boolean {
  if (!(town.tier === "city" || (town.list && town.tier === "district")) || town.landmark || town.dateline) return false;
  if ((unit.tier !== "district" && unit.tier !== "region") || !unit.name || !UNIT_NAME.test(unit.name) || unit.withinCity) return false;
  return /^,\s+(?:in\s+)?(?:the\s+)?$/.test(sentence.slice(town.end, unit.start));
}

// The words between two places of one coordinated list: a comma or "and", then an article or an adjective
// of status ("the Sea of Azov", "annexed Crimea").
const COORDINATOR = /^(?:,\s+|,?\s+and\s+)(?:the\s+)?(?:(?:annexed|occupied|Russian-occupied|temporarily\s+occupied)\s+)?$/;
// A place in brackets right after another ("Domodedovo (Yam settlement)") belongs to its item, as written.
const BRACKET_AFTER = /^\s*\([^()]{1,40}\)/;
// Only places governed by one preposition of location or verb of attack form a list ("shelled A and B");
// "Kyiv and Moscow agreed" names two governments.
const LIST_LOCATIVE_BEFORE =
  /\b(?:in|on|at|near|over|above|across|around|within|outside|shelled|struck|hit|attacked|targeted|bombed)\s+(?:the\s+)?(?:(?:annexed|occupied|Russian-occupied|temporarily\s+occupied)\s+)?$/i;

/** One item of a list: a place, with any place in brackets right after it. */
interface ListItem {
  first: PlaceMention;
  end: number;
  absorbed: PlaceMention[];
}

/**
 * "died in the Leninsky Urban District (Vidnoye settlement) and Domodedovo (Yam settlement)": places after one
 * locative, joined by commas and a final "and", become one place spanning them as written. A list must end on
 * "and", and a region right after a town by a comma is the town's region ("Ramenskoye, Moscow Region"), no item.
 */
function joinCoordinated(sentence: string, out: PlaceMention[]): void {
  const items = listItems(sentence, out);
  for (let i = 0; i < items.length; ) {
    const chain = [items[i] as ListItem];
    for (let j = i + 1; j < items.length; j++) {
      const prev = chain[chain.length - 1] as ListItem;
      const next = items[j] as ListItem;
      const between = sentence.slice(prev.end, next.first.start);
      if (!COORDINATOR.test(between) || !sameCountry(chain[0]?.first as PlaceMention, next.first)) break;
      if (!/and/.test(between) && next.first.tier === "region" && prev.first.tier !== "region") break;
      chain.push(next);
    }
    i += chain.length;
    const head = chain[0] as ListItem;
    const last = chain[chain.length - 1] as ListItem;
    const lastJoiner = sentence.slice(items[items.indexOf(last) - 1]?.end ?? 0, last.first.start);
    // "drones over nine regions, including 13 over the Kursk region, and the Sea of Azov": two places with a
    // comma before "and" are no list of two; the "and" joins the second to something told before.
    if (chain.length < 2 || !/\sand\s/.test(lastJoiner) || (chain.length === 2 && lastJoiner.includes(","))) continue;
    if (!LIST_LOCATIVE_BEFORE.test(sentence.slice(Math.max(0, head.first.start - 40), head.first.start))) continue;
    const members = chain.flatMap((c) => [c.first, ...c.absorbed]);
    const country = members.find((m) => m.country)?.country ?? null;
    // Towns and districts together are below their region (a list of regions or seas is "multi", as ever).
    const tier = members.every((m) => m.tier === "city" || m.tier === "district") ? "district" : "multi";
    const joined: PlaceMention = { name: sentence.slice(head.first.start, last.end), start: head.first.start, end: last.end, country, tier, list: true };
    for (const m of members) out.splice(out.indexOf(m), 1);
    out.push(joined);
  }
  out.sort((a, b) => a.start - b.start);
}

/** The places of a sentence as list items, each with the places in brackets right after it. */
function listItems(sentence: string, out: PlaceMention[]): ListItem[] {
  const items: ListItem[] = [];
  for (const p of out) {
    const prev = items[items.length - 1];
    if (prev && p.start < prev.end) {
      prev.absorbed.push(p);
      continue;
    }
    if (!p.name || p.landmark || p.dateline) {
      items.push({ first: p, end: Number.MAX_SAFE_INTEGER, absorbed: [] });
      continue;
    }
    const bracket = BRACKET_AFTER.exec(sentence.slice(p.end));
    const holdsPlace = bracket && out.some((q) => q.start >= p.end && q.end <= p.end + bracket[0].length);
    items.push({ first: p, end: p.end + (holdsPlace ? bracket[0].length : 0), absorbed: [] });
  }
  return items;
}

/**
 * Two places of one country, or a sea beside a place (the sea off Crimea is Crimea's). A town whose name
 * several countries bear ("Pokrov") is of the list's country when it has a place of that name.
 */
function sameCountry(a: PlaceMention, b: PlaceMention): boolean {
  if (!a.country || !b.country || a.country === b.country) return true;
  return b.tier === "city" && !!b.name && gazetteerMatches(b.name).some((m) => m.country === a.country);
}

// "the occupiers shelled X", "a missile hit the village of X", "a strike on X": a place an attack is aimed at.
const ATTACK_ON_BEFORE =
  /\b(?:shelled|struck|hit|attacked|targeted|bombed|bombarded|stormed|(?:opened\s+)?fire\s+on|strikes?\s+on|attacks?\s+on|shelling\s+of)\s+(?:the\s+)?(?:(?:village|town|city|settlement|suburb)\s+of\s+)?$/i;
// "X was shelled", "X came under fire", "X came under a drone attack".
const ATTACKED_AFTER =
  /^\s+(?:was|were|has\s+been|had\s+been|came|come)\s+(?:again\s+|also\s+)?(?:shelled|struck|hit|attacked|targeted|bombed|under\s+(?:(?:heavy|enemy|artillery|drone|missile)\s+)*(?:fire|attack|shelling))\b/i;

/** The one place a sentence tells an attack on ("Russian troops shelled X"), if it names exactly one. */
export function attackedPlace(sentence: string, places: PlaceMention[]): PlaceMention | null {
  const hit = places.filter(
    (p) =>
      p.name &&
      !p.landmark &&
      !p.dateline &&
      (ATTACK_ON_BEFORE.test(sentence.slice(Math.max(0, p.start - 50), p.start)) || ATTACKED_AFTER.test(sentence.slice(p.end, p.end + 60))),
  );
  return hit.length === 1 ? (hit[0] ?? null) : null;
}

// "Sevastopol Governor X said", "the mayor of X said", "X's mayor", "the head of the X city administration":
// the town's own official, who reports what happened in the town.
const OFFICIAL_AFTER = /^(?:[’']s)?\s+(?:(?:city|town|port)\s+)?(?:[Gg]overnor|[Mm]ayor|(?:[Cc]ity|[Tt]own|[Mm]ilitary)\s+(?:[Hh]ead|[Aa]dministration|[Cc]ouncil))\b/;
const OFFICIAL_OF_BEFORE = /\b(?:governor|mayor|head|chief)\s+of\s+(?:the\s+)?(?:(?:city|town|port\s+city)\s+of\s+)?$/i;
// "in the port city", "across the town": the sentence speaks of the town it names.
const TOWN_ANAPHOR = /\b(?:in|across|of|around)\s+the\s+(?:[a-z][\w-]*\s+)?(?:city|town)\b(?!\s+of\b)/;

/**
 * The one town a sentence's own official speaks for ("Sevastopol Governor X said people in the port city were
 * hospitalized"), when the sentence speaks of that town, if any.
 */
export function officialsTown(sentence: string, places: PlaceMention[]): PlaceMention | null {
  if (!TOWN_ANAPHOR.test(sentence)) return null;
  const towns = places.filter(
    (p) =>
      p.tier === "city" &&
      !p.landmark &&
      !p.dateline &&
      !p.list &&
      (OFFICIAL_AFTER.test(sentence.slice(p.end, p.end + 40)) || OFFICIAL_OF_BEFORE.test(sentence.slice(Math.max(0, p.start - 50), p.start))),
  );
  return towns.length === 1 ? (towns[0] ?? null) : null;
}

/**
 * "killed at the Okhmatdyt children's hospital": a building or site named by a word no gazetteer knows as a place,
 * then its noun, is the most specific place of what happened there, as written. A town's name before the noun
 * ("a Dnipro hospital") is the town, found by the gazetteer.
 */
function addFacilities(
  sentence: string,
  countries: ReturnType<typeof findCountryMentions>,
  preferred: Set<string>,
  add: (m: PlaceMention) => void,
): void {
  for (const m of allMatches(FACILITY, sentence)) {
    const name = (m[1] ?? "").replace(/[’']s$/, "");
    const first = name.split(" ")[0] ?? "";
    if (STOP.has(first) || FIRST_NAMES.has(first) || PEOPLE_ADJECTIVE.test(first) || m.index === 0 || /[.:!?]\s*$/.test(sentence.slice(0, m.index))) continue;
    if (countries.some((c) => c.start < m.index + name.length && c.end > m.index)) continue;
    if (name.split(" ").some((w) => resolvePlaceDetail(w, preferred))) continue;
    const noun = (m[2] ?? "").split(/\s+/).pop()?.toLowerCase() ?? "";
    add({ name: sentence.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length, country: null, tier: "city", withinCity: true, facility: noun });
  }
}

const CROSSING_AFTER = /^\s+(?:(?:border|customs)\s+)?(?:crossing(?:\s+point)?|checkpoint|border\s+post)\b/i;

const CITY_CENTRE = /\b[Cc]ity\s+([Cc]ent(?:er|re))\b/g;
const CENTRE_OF = /\b(cent(?:er|re))\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?/g;

/** "Kherson adds two shelters in the city center" → "Kherson city center" (the city named before it, or "of X" after). */
function addCityCentre(sentence: string, out: PlaceMention[]): void {
  for (const m of allMatches(CITY_CENTRE, sentence)) {
    const end = m.index + m[0].length;
    const after = /^\s+of\s+(?:the\s+)?/.exec(sentence.slice(end));
    const cities = out.filter((p) => p.tier === "city" && !p.landmark && !p.dateline && p.name);
    const city = after
      ? cities.find((p) => p.start === end + after[0].length)
      : cities.filter((p) => p.end <= m.index).pop();
    if (!city?.name) continue;
    const start = Math.min(city.start, m.index);
    out.push({
      name: `${city.name} city ${(m[1] ?? "center").toLowerCase()}`,
      start,
      end: Math.max(city.end, end),
      country: city.country,
      tier: "city",
      withinCity: true,
      city: city.name,
    });
    out.splice(out.indexOf(city), 1);
  }
  // "in the center of Kherson": as written.
  for (const m of allMatches(CENTRE_OF, sentence)) {
    const city = out.find((p) => p.tier === "city" && !p.withinCity && p.start === m.index + m[0].length);
    if (!city) continue;
    out.push({ name: sentence.slice(m.index, city.end), start: m.index, end: city.end, country: city.country, tier: "city", withinCity: true, ...(city.name ? { city: city.name } : {}) });
    out.splice(out.indexOf(city), 1);
  }
}

function addGazetteerNames(
  sentence: string,
  run: string,
  runStart: number,
  preferred: Set<string>,
  countries: ReturnType<typeof findCountryMentions>,
  add: (m: PlaceMention) => void,
): void {
  const tokens = allMatches(/\S+/g, run).map((t) => ({ text: t[0].replace(/[’']s$/, ""), start: runStart + t.index }));
  if (tokens.length >= 2 && FIRST_NAMES.has(tokens[0]?.text ?? "")) return;
  for (let i = 0; i < tokens.length; i++) {
    // "The Sumy ...": a name does not start with a function word, nor with a word no place name starts with.
    const head = tokens[i]?.text ?? "";
    if (STOP.has(head) || !mayStartPlace(head)) continue;
    // Place names run to three words at most ("Bila Tserkva", "Nova Kakhovka").
    for (let j = Math.min(tokens.length, i + 3); j > i; j--) {
      const first = tokens[i];
      const last = tokens[j - 1];
      if (!first || !last) continue;
      const start = first.start;
      const end = last.start + last.text.length;
      const text = sentence.slice(start, end);
      if (j - i === 1 && (STOP.has(text) || text.length < 3)) continue;
      // Look the name up first: most capitalized words are no place, and the lookup is memoized.
      const r = resolvePlaceDetail(text, preferred);
      if (!r || !r.country) continue;
      const country = countries.find((c) => c.start === start && c.end === end);
      if (country && country.kind !== "capital") continue;
      const before = sentence.slice(Math.max(0, start - 40), start);
      // "Governor Kiper said" is a person; "the mayor of Donetsk said" names the mayor's city.
      if (TITLE_BEFORE.test(before) || (SPEECH_AFTER.test(sentence.slice(end, end + 12)) && !/\b(?:mayor|governor|head|authorities|administration|council|police)\s+of\s+$/i.test(before))) continue;
      // A large city outside the countries the sentence is about is taken only after a locative ("in Lincoln"):
      // "Lincoln said", "Reading the report", "Nice weather" name a person or a word.
      const plausible = preferred.has(r.country) || (r.tier === "city" && isLargeCity(text) && LOCATIVE_BEFORE.test(before));
      if (!plausible) continue;
      if (start === 0 && !THEATRE_COUNTRIES.has(r.country)) continue;
      const dateline = start === 0 && text === text.toUpperCase();
      add({ name: r.tier === "region" ? r.name : titleCase(text), start, end, country: r.country, tier: r.tier, dateline });
      i = j - 1;
      break;
    }
  }
}

let landmarkFirstWords: Set<string> | null = null;
function mayStartPlace(word: string): boolean {
  const key = normalizePlaceName(word).split(" ")[0] ?? "";
  if (!landmarkFirstWords) {
    landmarkFirstWords = new Set(LANDMARKS.flatMap((l) => [l.name, ...l.aliases]).map((n) => normalizePlaceName(n).split(" ")[0] ?? ""));
  }
  return landmarkFirstWords.has(key) || startsPlaceName(key);
}

/** "VINNYTSIA" (a dateline) → "Vinnytsia"; names in ordinary case stay as written. */
function titleCase(name: string): string {
  return name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : name;
}

/** Cities of 200k+ people are accepted whatever country the sentence is about. */
function isLargeCity(name: string): boolean {
  return (gazetteerMatches(name)[0]?.population ?? 0) >= 200_000;
}

let landmarkIndex: { re: RegExp; byAlias: Map<string, Landmark> } | null = null;
/** One alternation of every landmark name and alias, longest first. */
function landmarkPattern() {
  if (!landmarkIndex) {
    const byAlias = new Map<string, Landmark>();
    for (const l of LANDMARKS) for (const alias of [l.name, ...l.aliases]) byAlias.set(alias, l);
    const alternation = [...byAlias.keys()]
      .sort((a, b) => b.length - a.length)
      .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|");
    landmarkIndex = { re: new RegExp(`(?<![\\w-])(?:${alternation})(?![\\w-])`, "g"), byAlias };
  }
  return landmarkIndex;
}

const TIER_RANK: Record<PlaceMention["tier"], number> = { city: 0, district: 1, region: 2, sea: 3, multi: 4 };

/** The place of an event stated at `anchor`: the most specific tier, then the nearest. */
export function pickPlace(places: PlaceMention[], anchor: number): PlaceMention | null {
  let best: PlaceMention | null = null;
  for (const p of places) {
    if (!best) best = p;
    else if (rank(p) < rank(best)) best = p;
    else if (rank(p) === rank(best) && gap(p, anchor) < gap(best, anchor)) best = p;
  }
  return best;
}

function rank(p: PlaceMention): number {
  return p.landmark ? 10 : p.withinCity ? -1 : TIER_RANK[p.tier];
}

function gap(p: PlaceMention, anchor: number): number {
  return p.end <= anchor ? anchor - p.end : Math.max(0, p.start - anchor);
}

// Clause breaks that separate two events in one sentence ("..., and that 32 drones were ...",
// "35 drones, including a dozen over X").
// A colon between digits ("at 6:35 a.m.", "3:1") is a time or a ratio, no break.
// "One was downed over A, the rest (the others, the other two) over B": the remainder of a total opens a clause of its own.
// "11 drones over A and one more drone was downed over B", "two died in A and another in B": "and" before an increment
// ("one more", "another", "a further") opens the increment's own clause, placed by what follows it.
const CLAUSE_BREAK = /;|(?<!\d):(?!\d)|\s[–—]\s|,\s+(?:and|but|including)\b|\sand\s+(?=(?:one\s+more|another|a\s+further)\s)|,\s+(?:and\s+)?(?:the\s+(?:rest|others?|remainder|remaining)|rest|others|remaining)\b|\b(?:while|whereas)\b|\band\s+that\b/g;

/** The places in the clause of the sentence that holds `anchor`. */
export function placesInClause(sentence: string, places: PlaceMention[], anchor: number): PlaceMention[] {
  let from = 0;
  let to = sentence.length;
  for (const m of allMatches(CLAUSE_BREAK, sentence)) {
    // "the Kharkiv, Sumy, Chernihiv, and Poltava regions": an Oxford comma inside a joined place is no break.
    if (places.some((p) => p.start <= m.index && m.index < p.end)) continue;
    if (m.index < anchor) from = m.index + m[0].length;
    else {
      to = m.index;
      break;
    }
  }
  return places.filter((p) => p.start >= from && p.end <= to);
}

/**
 * Whether `town` (a city, village or district mention) is a place inside `region`, as a later
 * sentence about the same event names it: the gazetteer's admin1 code decides when it knows the
 * town; a town it does not know counts when its own sentence names no other region.
 */
export function townOfRegion(town: PlaceMention, region: PlaceMention, sentencePlaces: PlaceMention[]): boolean {
  if (!town.name || !region.name || town.landmark || town.dateline || town.list || (town.tier !== "city" && town.tier !== "district")) return false;
  if (town.country && region.country && town.country !== region.country) return false;
  const known = liesInRegion(town.name, region.name);
  if (known !== null) return known;
  const core = (p: PlaceMention) => normalizePlaceName(p.name ?? "").replace(/\s+(?:region|oblast|province|krai)$/, "");
  return !sentencePlaces.some((p) => (p.tier === "region" || p.tier === "multi") && core(p) !== core(region));
}

/** `town` names a place inside the region `region` (both as place names): not a region itself, and not known to lie elsewhere. */
export function refinesRegion(region: string, town: string): boolean {
  const r = resolvePlaceDetail(region);
  if (r?.tier !== "region" || !/\s(?:region|oblast|province|krai)$/i.test(region)) return false;
  const t = resolvePlaceDetail(town);
  if (t && t.tier !== "city") return false;
  if (/\s(?:region|oblast|province|krai|regions|oblasts)$/i.test(town)) return false;
  // "Chornobaivka, Stanislav and Bilozerka": every place of a list lies in the region.
  const items = town.split(/,\s*(?:and\s+)?|\s+and\s+/).map((t) => t.trim()).filter(Boolean);
  return items.every((t) => (items.length === 1 || resolvePlaceDetail(t)?.tier !== "region") && liesInRegion(t, region) !== false);
}

/** `part` names a part of the city `city` ("Zavodskyi district of Mykolaiv", "Mykolaiv city centre"). */
export function refinesCity(city: string, part: string): boolean {
  const c = resolvePlaceDetail(city);
  if (c?.tier !== "city" || normalizePlaceName(part) === normalizePlaceName(city)) return false;
  if (!/\b(?:district|raion|cent(?:er|re))\b/i.test(part)) return false;
  return resolvePlaceDetail(part)?.name === c.name;
}

const LIST_NOUN = /\s+([Rr]egions|[Oo]blasts|[Pp]rovinces)$/;

/**
 * The places of a joined list one by one: "Belgorod, Kaluga and Voronezh regions" → "Belgorod region", "Kaluga
 * region", "Voronezh region" (the plural noun given to each, as a region is written alone); "Shebekino and Valuyki"
 * → its towns. A single place has no members.
 */
export function listMembers(p: PlaceMention): PlaceMention[] {
  if (!p.name || (p.tier !== "multi" && !p.list)) return [];
  const noun = LIST_NOUN.exec(p.name)?.[1];
  const single = noun ? (/^[Oo]blasts$/.test(noun) ? "Oblast" : "region") : null;
  const body = noun ? p.name.slice(0, p.name.length - noun.length - 1) : p.name;
  const items = body.split(/,\s*(?:and\s+)?|\s+and\s+/).map((x) => x.trim()).filter(Boolean);
  if (items.length < 2) return [];
  let at = 0;
  return items.map((x) => {
    const offset = Math.max(0, body.indexOf(x, at));
    at = offset + x.length;
    const start = p.start + offset;
    const tier = single ? "region" : (resolvePlaceDetail(x)?.tier ?? "city");
    return { name: single ? `${x} ${single}` : x, start, end: start + x.length, country: p.country, tier };
  });
}

// "over four regions of the country", "in 5 oblasts": a tally says how many regions without naming them.
const N_REGIONS = /\b(?:over|in|across|above)\s+(\d{1,2}|[a-z]+)\s+(?:(?:of\s+the\s+)?(?:Ukrainian|Russian|border|frontline|southern|northern|eastern|western|central)\s+)?(?:regions|oblasts|provinces)\b/i;

/** The number of regions a tally says it spans without naming them ("over four regions"), if any. */
export function regionsCounted(sentence: string, parse: (raw: string) => number | null): number | null {
  const m = N_REGIONS.exec(sentence);
  const n = m?.[1] ? parse(m[1]) : null;
  return n !== null && n >= 2 ? n : null;
}

/**
 * "over the Odesa and Mykolayiv regions in the south, the Dnipropetrovsk region …, and the central
 * Vinnytsia region": the regions a sentence names, one joined place as the guide joins a list
 * ("Odesa, Mykolayiv, Dnipropetrovsk and Vinnytsia regions"), with how many it names.
 */
export function joinedRegions(places: PlaceMention[]): { place: PlaceMention; count: number } | null {
  const regions = places.filter((p) => p.name && !p.landmark && !p.dateline && (p.tier === "region" || p.tier === "multi"));
  const first = regions[0];
  const last = regions[regions.length - 1];
  if (!first || !last || regions.some((p) => p.country !== first.country)) return null;
  const cores = regions.flatMap((p) =>
    (p.name ?? "")
      .replace(/\s+(?:regions?|oblasts?|provinces?)$/i, "")
      .split(/,\s*(?:and\s+)?|\s+and\s+/)
      .map((x) => x.trim())
      .filter(Boolean),
  );
  if (cores.length < 2) return null;
  const name = `${cores.slice(0, -1).join(", ")} and ${cores[cores.length - 1]} regions`;
  return { place: { name, start: first.start, end: last.end, country: first.country, tier: "multi" }, count: cores.length };
}
