/**
 * Day expressions in a sentence, resolved against the publication day: "this Wednesday",
 * "on Tuesday", "overnight from Tuesday to Wednesday" (the day the night ended), "On August 25"
 * (the most recent August 25 not after publication), "yesterday", "2023-09-12".
 * "Strong" mentions name a day; "weak" ones ("overnight", "this morning") mean the publication day.
 */
import { addDays, isRealDay, monthDayOnOrBefore, weekdayOnOrBefore } from "./days";

export interface DateMention {
  date: string;
  start: number;
  end: number;
  strength: "strong" | "weak";
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const WD = WEEKDAYS.join("|");
const MONTH_NAMES: Array<[string, number]> = [
  ["January", 1], ["February", 2], ["March", 3], ["April", 4], ["May", 5], ["June", 6], ["July", 7],
  ["August", 8], ["September", 9], ["October", 10], ["November", 11], ["December", 12],
  ["Jan", 1], ["Feb", 2], ["Mar", 3], ["Apr", 4], ["Jun", 6], ["Jul", 7], ["Aug", 8], ["Sep", 9],
  ["Sept", 9], ["Oct", 10], ["Nov", 11], ["Dec", 12],
];
const MONTH = MONTH_NAMES.map(([n]) => n).sort((a, b) => b.length - a.length).join("|");

function monthNumber(name: string): number {
  return MONTH_NAMES.find(([n]) => n === name)?.[1] ?? 0;
}
function weekdayNumber(name: string): number {
  return WEEKDAYS.findIndex((w) => w.toLowerCase() === name.toLowerCase());
}

type Resolver = (m: RegExpExecArray, published: string) => string | null;
interface Rule {
  re: RegExp;
  strength: "strong" | "weak";
  resolve: Resolver;
  /** What every match contains: a sentence without it skips the pattern (most name no weekday). */
  needs?: "weekday" | "digit";
}

const ANY_WEEKDAY = /(?:sun|mon|tues|wednes|thurs|fri|satur)day/i;

function explicitOrRecent(published: string, month: number, day: number, year?: string): string | null {
  if (year) {
    const d = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    return isRealDay(d) ? d : null;
  }
  return monthDayOnOrBefore(published, month, day);
}

// Ordered: earlier rules claim their span first, so "overnight from Tuesday to Wednesday"
// is not also read as "Tuesday".
const RULES: Rule[] = [
  {
    re: new RegExp(`\\b(?:overnight|(?:on |during |in )?the night)\\s+(?:from|of|between)\\s+(${WD})\\s+(?:to|into|and)\\s+(${WD})\\b`, "gi"),
    strength: "strong",
    needs: "weekday",
    resolve: (m, p) => weekdayOnOrBefore(p, weekdayNumber(m[2] ?? "")),
  },
  {
    // "between Thursday night and Friday morning": a night told as a span, dated by the day it ended (guide §3).
    re: new RegExp(`\\bbetween\\s+(?:${WD})\\s+(?:night|evening)\\s+and\\s+(${WD})\\b`, "gi"),
    strength: "strong",
    needs: "weekday",
    resolve: (m, p) => weekdayOnOrBefore(p, weekdayNumber(m[1] ?? "")),
  },
  {
    // "overnight Sunday into Monday", "Sunday night into Monday": the night ended on the Monday.
    re: new RegExp(`\\b(?:overnight\\s+)?(?:${WD})(?:\\s+night)?\\s+(?:into|to)\\s+(${WD})\\b`, "gi"),
    strength: "strong",
    needs: "weekday",
    resolve: (m, p) => weekdayOnOrBefore(p, weekdayNumber(m[1] ?? "")),
  },
  {
    re: new RegExp(`\\b(?:overnight|the night)\\s+(?:in)?to\\s+(${WD})\\b`, "gi"),
    strength: "strong",
    needs: "weekday",
    resolve: (m, p) => weekdayOnOrBefore(p, weekdayNumber(m[1] ?? "")),
  },
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    strength: "strong",
    needs: "digit",
    resolve: (m) => (isRealDay(m[0]) ? m[0] : null),
  },
  {
    re: new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, "g"),
    strength: "strong",
    needs: "digit",
    resolve: (m, p) => explicitOrRecent(p, monthNumber(m[1] ?? ""), Number(m[2]), m[3]),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\b\\.?(?:,?\\s+(\\d{4})\\b)?`, "g"),
    strength: "strong",
    needs: "digit",
    resolve: (m, p) => explicitOrRecent(p, monthNumber(m[2] ?? ""), Number(m[1]), m[3]),
  },
  {
    re: /\bthe day before yesterday\b/gi,
    strength: "strong",
    resolve: (_m, p) => addDays(p, -2),
  },
  {
    re: /\byesterday\b/gi,
    strength: "strong",
    resolve: (_m, p) => addDays(p, -1),
  },
  {
    re: new RegExp(`\\b(?:(last|this|next)\\s+)?(${WD})\\b`, "g"),
    strength: "strong",
    needs: "weekday",
    resolve: (m, p) => {
      if ((m[1] ?? "").toLowerCase() === "next") return null;
      const day = weekdayOnOrBefore(p, weekdayNumber(m[2] ?? ""));
      return (m[1] ?? "").toLowerCase() === "last" && day === p ? addDays(p, -7) : day;
    },
  },
  {
    re: /\b(?:today|tonight|this (?:morning|afternoon|evening|night)|overnight|last night|during the night|(?:in )?the early hours)\b/gi,
    strength: "weak",
    resolve: (_m, p) => p,
  },
];

export function findDateMentions(sentence: string, published: string): DateMention[] {
  const mentions: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const has = { weekday: ANY_WEEKDAY.test(sentence), digit: /\d/.test(sentence) };
  for (const rule of RULES) {
    if (rule.needs && !has[rule.needs]) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentence); m; m = rule.re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b + 2 && end > a - 2)) continue;
      const date = rule.resolve(m, published);
      if (!date || date > addDays(published, 1)) continue;
      taken.push([start, end]);
      mentions.push({ date, start, end, strength: rule.strength });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** The day a fact at `anchor` refers to: the nearest strong mention, else a weak one. */
export function pickDate(mentions: DateMention[], anchor: number): DateMention | null {
  for (const strength of ["strong", "weak"] as const) {
    const pool = mentions.filter((m) => m.strength === strength);
    if (pool.length === 0) continue;
    return pool.reduce((best, m) => (distance(m, anchor) < distance(best, anchor) ? m : best));
  }
  return null;
}

function distance(m: DateMention, anchor: number): number {
  return m.end <= anchor ? anchor - m.end : Math.max(0, m.start - anchor);
}
