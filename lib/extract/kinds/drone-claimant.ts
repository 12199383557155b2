/**
 * Who reports a drone count when no country is the subject of the speech verb (guide §7: the claimant is
 * whoever reports the figure — Russia's defence ministry or a Russian governor is RU).
 * - An official known by office: a governor, mayor or head named with a place of one side ("Moscow Mayor
 *   Sergei Sobyanin", "the governor of the Kursk region", "Sevastopol Governor …"), or installed by Moscow
 *   ("Kremlin-installed", "Russian-appointed", "occupation authorities"). Named once by office, the official
 *   is later known by surname alone ("Sobyanin said …").
 * - A report carried on from the sentence before: "The statement also mentioned …", "the ministry added",
 *   "Later, another drone was downed …": the speaker of the section's earlier report.
 */
import { findClaimant } from "../actors";
import { findCountryMentions } from "../countries";
import { precedingInSection, type Dispatch } from "../dispatch";
import { allMatches } from "../matches";
import { normalizePlaceName } from "../place-names";
import type { Sentence } from "../sentences";

const OFFICE = String.raw`(?:(?:acting|interim|deputy|first\s+deputy)\s+)?(?:governor|mayor|head|chief|leader|administrator|prefect)`;
const OFFICE_RE = new RegExp(String.raw`\b${OFFICE}\b`, "gi");
// Moscow's appointees in occupied Ukraine and the annexed peninsula are Russia's voice, whatever place they head.
const INSTALLED_BY_RUSSIA =
  /\b(?:Kremlin|Russian|Russia|Moscow)[- ](?:installed|appointed|imposed|backed)\b|\boccupation\s+(?:authorities|administration|officials?|governor|head|chief|leader)\b/i;
// The annexed peninsula: every governor or head there is Russian-installed (not so for Donetsk or Zaporizhzhia, whose
// Ukrainian regional heads report too).
const ANNEXED = new Set(["crimea", "sevastopol", "simferopol", "kerch", "yevpatoriya", "feodosiya"]);
// A name right after the office (with an optional "of the X region," between): "Governor Vyacheslav Gladkov".
const NAME_AFTER = /^\s+(?:of\s+(?:the\s+)?[A-Z][\p{L}’'-]+(?:\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Cc]ity))?,?\s+)?((?:[A-Z][\p{L}’'-]+\s+){0,2}[A-Z][\p{L}’'-]+)/u;
const SPEECH = String.raw`(?:said|says|wrote|writes|reported|reports|added|adds|stated|states|announced|announces|claimed|claims|posted|confirmed|noted|told|informed)`;
const SPEAKS_AFTER = new RegExp(String.raw`^[^.;:]{0,60}?\b(?:also\s+|has\s+|had\s+)?${SPEECH}\b`);
const SPEAKS_BEFORE = new RegExp(String.raw`(?:\b${SPEECH}|\baccording\s+to|\bcited\s+by|\bquoted\s+by)\s+(?:[\w’'-]+\s+){0,5}$`, "i");

const PLACE_THEN_OFFICE = /^(?:['’]s)?(?:\s+(?!(?:said|says|and|or|in|on|at|the|was|were|is|are)\b)[\w-]+){0,4}\s+$/i;
const OFFICE_THEN_PLACE = /^\s+of\s+(?:the\s+)?(?:(?:city|town|village|region)\s+of\s+)?$/i;

interface Official {
  country: string;
  /** Where the office is named, and the surname that stands for the official later. */
  start: number;
  end: number;
  surname: string | null;
}

/** The side an office named at `start..end` speaks for: from its place (before or after it) or from Moscow installing it. */
function sideOfOffice(d: Dispatch, s: Sentence, start: number, end: number): string | null {
  const around = s.text.slice(Math.max(0, start - 40), Math.min(s.text.length, end + 40));
  if (INSTALLED_BY_RUSSIA.test(around)) return "RU";
  // "Belgorod region governor", "Kyiv City Military Administration chief", "Kursk's acting governor"; "the governor of the Kursk region".
  const near = (p: { start: number; end: number }) =>
    p.end <= start ? PLACE_THEN_OFFICE.test(s.text.slice(p.end, start)) : p.start >= end && OFFICE_THEN_PLACE.test(s.text.slice(end, p.start));
  for (const p of d.places(s)) {
    if (p.dateline || !near(p)) continue;
    if (p.name && ANNEXED.has(normalizePlaceName(p.name))) return "RU";
    if (p.country === "RU" || p.country === "UA") return p.country;
  }
  // "Moscow Mayor", "the mayor of Kyiv": a capital is its country.
  const capital = findCountryMentions(s.text).find((m) => m.kind === "capital" && near(m));
  return capital?.code ?? null;
}

/** The officials a sentence names by office, with the side each speaks for. */
function officialsIn(d: Dispatch, s: Sentence): Official[] {
  if (!/governor|mayor|head|chief|leader|administrator|prefect/i.test(s.text)) return [];
  const out: Official[] = [];
  for (const m of allMatches(OFFICE_RE, s.text)) {
    const start = m.index;
    const end = start + m[0].length;
    const country = sideOfOffice(d, s, start, end);
    if (!country) continue;
    const name = NAME_AFTER.exec(s.text.slice(end, end + 80))?.[1];
    out.push({ country, start, end, surname: name ? (name.split(/\s+/).at(-1) ?? null) : null });
  }
  return out;
}

// The capitalised words of an office's own name ("head of the Regional Military Administration") are no surname.
const INSTITUTION_WORD = /^(?:Region|Regional|Oblast|Province|City|Town|District|Administration|Council|Ministry|Military|Service|Office|Department|Committee|Force|Forces|Government|State|Republic|Federation|Telegram)$/;
const isSurname = (word: string) => word.length > 2 && !INSTITUTION_WORD.test(word);

/** Surnames of the officials the dispatch names by office, with their side (the first naming wins). */
function officialSurnames(d: Dispatch): Map<string, string> {
  return d.memo("drone:official-surnames", () => {
    const names = new Map<string, string>();
    for (const s of d.sentences) {
      for (const o of officialsIn(d, s)) if (o.surname && isSurname(o.surname) && !names.has(o.surname)) names.set(o.surname, o.country);
    }
    return names;
  });
}

/** The side of an official the sentence has speak: by office ("said Belgorod Governor X") or by a surname named before. */
export function officialClaimant(d: Dispatch, s: Sentence): string | null {
  const speaks = (start: number, end: number) => SPEAKS_AFTER.test(s.text.slice(end, end + 80)) || SPEAKS_BEFORE.test(s.text.slice(Math.max(0, start - 50), start));
  for (const o of officialsIn(d, s)) if (speaks(o.start, o.end)) return o.country;
  for (const [surname, country] of officialSurnames(d)) {
    let at = s.text.indexOf(surname);
    while (at >= 0) {
      const bounded = !/\w/.test(s.text[at - 1] ?? "") && !/\w/.test(s.text[at + surname.length] ?? "");
      if (bounded && speaks(at, at + surname.length)) return country;
      at = s.text.indexOf(surname, at + 1);
    }
  }
  return null;
}

/** A country that speaks in the sentence, or an official who does. */
export function speakerIn(d: Dispatch, s: Sentence): string | null {
  return findClaimant(s.text, s.text.length) ?? officialClaimant(d, s);
}

// "The statement also mentioned …", "the ministry added", "It also said", "Later, another drone …", "In addition, …":
// the sentence carries on the report before it, so it has that report's speaker.
const CARRIES_ON =
  /^\W*(?:(?:Later|Also|In\s+addition|Additionally|Meanwhile|Then|Subsequently|Afterwards|Moreover|Furthermore)\b|(?:The|This|That|Its|Their)\s+(?:same\s+)?(?:statement|ministry|report|agency|department|governor|mayor|command|administration|authorities|official|spokes(?:man|woman|person)|post|message|update|briefing|military)\b|(?:He|She|It|They)\s+(?:also\s+)?(?:said|added|wrote|reported|noted|stated|claimed|mentioned)\b)|\b(?:also|another|a\s+further|one\s+more)\b/i;

/** The speaker of the report a sentence carries on (within its section), or null when it starts a report of its own. */
export function carriedOnSpeaker(d: Dispatch, s: Sentence): string | null {
  if (!CARRIES_ON.test(s.text)) return null;
  for (const p of precedingInSection(d, s, "section").slice(0, 4)) {
    const who = speakerIn(d, p);
    if (who) return who;
  }
  return null;
}
