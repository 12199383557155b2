/**
 * Mentions of countries in text — names ("Denmark"), demonyms ("Ukrainian", "Danish"),
 * capitals and institutions used for governments ("Moscow", "Kyiv", "the Pentagon") — mapped to
 * ISO 3166-1 alpha-2. The EU is coded "EU" (ISO's exceptionally reserved code) as a donor.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import { memoByString } from "./memo";

export type MentionKind = "name" | "demonym" | "capital";
export interface CountryMention {
  code: string;
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
}

const DEMONYMS: Record<string, string> = {
  Ukrainian: "UA", Ukrainians: "UA", Russian: "RU", Russians: "RU", Romanian: "RO", Romanians: "RO",
  Polish: "PL", Poles: "PL", Danish: "DK", Danes: "DK", Norwegian: "NO", Swedish: "SE",
  Finnish: "FI", Dutch: "NL", Belgian: "BE", French: "FR", German: "DE", Germans: "DE",
  British: "GB", Britons: "GB", American: "US", Americans: "US", Canadian: "CA", Australian: "AU",
  Japanese: "JP", Moldovan: "MD", Belarusian: "BY", Lithuanian: "LT", Latvian: "LV", Estonian: "EE",
  Czech: "CZ", Slovak: "SK", Hungarian: "HU", Bulgarian: "BG", Greek: "GR", Turkish: "TR",
  Italian: "IT", Spanish: "ES", Portuguese: "PT", Irish: "IE", Icelandic: "IS", Swiss: "CH",
  Austrian: "AT", Croatian: "HR", Slovenian: "SI", Serbian: "RS", Georgian: "GE", Iranian: "IR",
  Israeli: "IL", Chinese: "CN", "North Korean": "KP", "South Korean": "KR", Korean: "KR", Luxembourgish: "LU",
  "Iranian-made": "IR", "Iranian-designed": "IR",
};

const CAPITALS: Record<string, string> = {
  Kyiv: "UA", Kiev: "UA", kyiv: "UA", kiev: "UA", Moscow: "RU", moscow: "RU", Kremlin: "RU",
  Washington: "US", "White House": "US", Pentagon: "US", "State Department": "US", Congress: "US", DoD: "US",
  "Department of Defense": "US", "Biden administration": "US", "Biden Administration": "US", "Trump administration": "US",
  London: "GB", "Downing Street": "GB", Paris: "FR", "Elysee": "FR", "Élysée": "FR", Berlin: "DE",
  Warsaw: "PL", Bucharest: "RO", Copenhagen: "DK", Oslo: "NO", Stockholm: "SE", Helsinki: "FI",
  "The Hague": "NL", Tokyo: "JP", Ottawa: "CA", Canberra: "AU", Rome: "IT", Madrid: "ES",
  Lisbon: "PT", Vienna: "AT", Prague: "CZ", Bratislava: "SK", Budapest: "HU", Sofia: "BG",
  Athens: "GR", Ankara: "TR", Vilnius: "LT", Riga: "LV", Tallinn: "EE", Minsk: "BY",
  Chisinau: "MD", Tehran: "IR", Beijing: "CN", Pyongyang: "KP", Seoul: "KR", Brussels: "EU",
};

const EXTRA_NAMES: Record<string, string> = {
  Britain: "GB", "Great Britain": "GB", UK: "GB", "U.K.": "GB", "United Kingdom": "GB",
  "United States": "US", US: "US", "U.S.": "US", USA: "US", America: "US",
  "the Netherlands": "NL", Netherlands: "NL", Czechia: "CZ", Moldova: "MD", "North Korea": "KP",
  "South Korea": "KR", Russia: "RU", Iran: "IR", Syria: "SY", "European Union": "EU",
  EU: "EU", "European Commission": "EU",
};

// Country names that are mostly something else in English news.
const AMBIGUOUS_NAMES = new Set(["Jordan", "Chad", "Jersey", "Guernsey", "Niger", "Georgia", "Man"]);

let mentionRe: RegExp | null = null;
let lookup: Map<string, { code: string; kind: MentionKind }> | null = null;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function build(): { re: RegExp; map: Map<string, { code: string; kind: MentionKind }> } {
  if (mentionRe && lookup) return { re: mentionRe, map: lookup };
  countries.registerLocale(en);
  const map = new Map<string, { code: string; kind: MentionKind }>();
  for (const [code, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
    for (const name of names) {
      if (/[,(]/.test(name) || AMBIGUOUS_NAMES.has(name)) continue;
      map.set(name, { code, kind: "name" });
    }
  }
  for (const [k, code] of Object.entries(EXTRA_NAMES)) map.set(k, { code, kind: "name" });
  for (const [k, code] of Object.entries(DEMONYMS)) map.set(k, { code, kind: "demonym" });
  for (const [k, code] of Object.entries(CAPITALS)) map.set(k, { code, kind: "capital" });
  const keys = [...map.keys()].sort((a, b) => b.length - a.length).map(escape);
  mentionRe = new RegExp(`(?<![\\w.])(?:${keys.join("|")})(?![\\w])`, "g");
  lookup = map;
  return { re: mentionRe, map };
}

/** Mentions in order of appearance (memoized: every kind asks about the same sentences). */
export const findCountryMentions = memoByString(scanCountryMentions);

function scanCountryMentions(text: string): CountryMention[] {
  const { re, map } = build();
  const out: CountryMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const hit = map.get(m[0]);
    // Fields spelled out: spreading `hit` into a literal is several times slower in V8.
    if (hit) out.push({ code: hit.code, kind: hit.kind, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
