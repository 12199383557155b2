/**
 * Sizes of shelters and defensive structures: "9.6 m long, 2 m wide", "measuring 6 by 3 by 2.5
 * metres", "a 90-km fence", "four-metre-high", "over two metres high", "the length of the wall
 * is 186.25 kilometers", "a fence of approximately three kilometres". Bounds keep their number;
 * kilometres become metres. Depth and floor area are no length, width or height. A stretch, section or
 * segment of a fortified border has its run too ("a 40-kilometer stretch").
 */
import { memoByString } from "../memo";
import { NUMBER_WORDS_SOURCE, parseNumberWords } from "../number-words";
import { allMatches } from "../matches";

export interface Dimensions {
  lengthM: number | null;
  widthM: number | null;
  heightM: number | null;
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d+)?|${NUMBER_WORDS_SOURCE})`;
// Metric and imperial: wire copy gives "13-foot", "146-mile" (converted to metres, like kilometres).
const UNIT = String.raw`(kilomet(?:er|re)s?|km|metres?|meters?|miles?|mi|m|feet|foot|ft)`;
// A conversion in brackets may follow the unit: "5.5-metre (18-foot) high", "186 km (116 miles) long".
const NUM_UNIT = String.raw`${NUM}\s*-?\s*${UNIT}(?:\s*\([^)]{0,30}\))?`;
const SIDE = String.raw`(long|in\s+length|length|wide|in\s+width|width|thick|high|tall|in\s+height|height)`;

// "9.6 m long", "four-metre-high", "over two metres high".
const STATED = new RegExp(String.raw`\b${NUM_UNIT}\s*-?\s*${SIDE}\b`, "gi");
// "6 by 3 by 2.5 metres": length, width, height.
const BY_BY = new RegExp(String.raw`(\d+(?:\.\d+)?)\s*(?:m\s*)?(?:x|by|×)\s*(\d+(?:\.\d+)?)\s*(?:m\s*)?(?:x|by|×)\s*(\d+(?:[.,]\d+)?)\s*-?\s*(?:m|metres?|meters?)\b`, "i");
// "the length of the wall is 186.25 kilometers", "its height will be 4 m".
const NAMED_SIDE = new RegExp(String.raw`\b(length|width|height)\b[^.;]{0,40}?\b(?:is|was|will\s+be|of|reaches|reached|totals|stands\s+at)\s+(?:about|around|approximately|roughly|some|over|more\s+than|nearly|almost|up\s+to|at\s+least\s+)?\s*${NUM_UNIT}\b`, "gi");
// "a 90-km fence", "a fence of approximately three kilometres", "stretching 150 km", "200 km of fence",
// "35 km of its new border fence" (up to three words between).
const RUN_LENGTH = new RegExp(
  String.raw`\b(?:${NUM}\s*-\s*${UNIT}(?:-long)?\s+(?:[\w-]+\s+){0,2}?STRUCT|STRUCT\s+(?:of|stretching|spanning|running|covering|along)\s+(?:about|around|approximately|roughly|some|over|more\s+than|nearly|almost|at\s+least\s+)?\s*${NUM_UNIT}|(?:stretching|spanning|running|stretches|spans|runs|covers|covering)\s+(?:for\s+)?(?:about|around|approximately|roughly|some|over|more\s+than|nearly|almost|at\s+least\s+)?\s*${NUM_UNIT}|${NUM_UNIT}(?:\s*\([^)]{0,30}\))?\s+of\s+(?:[\w-]+\s+){0,3}?STRUCT)`,
  "gi",
);

const STRUCT = String.raw`(?:fences?|fencing|barriers?|walls?|ditch(?:es)?|trench(?:es)?|fortifications?|defen[cs]e\s+lines?|lines?\s+of\s+defen[cs]e|dragon[’']?s\s+teeth|embankments?|stretch(?:es)?|sections?|segments?)`;
const RUN = new RegExp(RUN_LENGTH.source.replace(/STRUCT/g, STRUCT), "gi");

const UNIT_WORD = /\d\s*-?\s*(?:km|m|mi|ft)\b|metre|meter|kilomet|mile|feet|foot/i;

function toNumber(raw: string | undefined): number | null {
  if (!raw) return null;
  if (/^\d{1,3}(?:,\d{3})+$/.test(raw)) return Number(raw.replace(/,/g, ""));
  if (/^\d/.test(raw)) return Number(raw.replace(",", "."));
  return parseNumberWords(raw);
}

const TO_METRES: Array<[RegExp, number]> = [
  [/^k/i, 1000],
  [/^mi/i, 1609.344],
  [/^(?:ft|foot|feet)$/i, 0.3048],
];

function metres(value: number | null, unit: string | undefined): number | null {
  if (value === null || !unit) return null;
  const factor = TO_METRES.find(([re]) => re.test(unit))?.[1] ?? 1;
  return factor === 1 ? value : Math.round(value * factor * 100) / 100;
}

/** The sizes a text states, or null when it states none (memoized: a sentence is read for each mention before it). */
export const dimensionsIn = memoByString(readDimensions, 2000);

function readDimensions(text: string): Dimensions | null {
  // Every size names its unit; most sentences name none, and the patterns below are costly.
  if (!UNIT_WORD.test(text)) return null;
  const boxed = BY_BY.exec(text);
  if (boxed) return { lengthM: Number(boxed[1]), widthM: Number(boxed[2]), heightM: toNumber(boxed[3]) };
  const dims: Dimensions = { lengthM: null, widthM: null, heightM: null };
  let found = false;
  const put = (side: string, value: number | null) => {
    if (value === null) return;
    const s = side.toLowerCase();
    if (s.includes("long") || s.includes("length")) dims.lengthM ??= value;
    else if (s.includes("wide") || s.includes("width") || s.includes("thick")) dims.widthM ??= value;
    else dims.heightM ??= value;
    found = true;
  };
  for (const m of allMatches(STATED, text)) put(m[3] ?? "", metres(toNumber(m[1]), m[2]));
  for (const m of allMatches(NAMED_SIDE, text)) put(m[1] ?? "", metres(toNumber(m[2]), m[3]));
  for (const m of allMatches(RUN, text)) {
    // Four alternatives, each with a number and a unit group.
    for (let i = 1; i < m.length; i += 2) {
      if (m[i] !== undefined && m[i + 1] !== undefined) {
        const value = metres(toNumber(m[i]), m[i + 1]);
        // "a 13-foot fence", "a 4-metre wall": a compound of a few metres is how high it stands, not how long.
        const height = i === 1 && value !== null && value <= 10 && !/^(?:k|mi)/i.test(m[i + 1] ?? "");
        put(height ? "high" : "long", value);
        break;
      }
    }
  }
  return found ? dims : null;
}
