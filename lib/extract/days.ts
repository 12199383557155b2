/** Calendar arithmetic on ISO days (YYYY-MM-DD), always in UTC so the result never depends on TZ. */

export function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function formatDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const shifted = new Map<string, string>();

/** Memoized: a dispatch resolves every weekday against the same publication day. */
export function addDays(day: string, n: number): string {
  const key = `${day}${n}`;
  let out = shifted.get(key);
  if (out === undefined) {
    const d = parseDay(day);
    d.setUTCDate(d.getUTCDate() + n);
    out = formatDay(d);
    if (shifted.size > 50_000) shifted.clear();
    shifted.set(key, out);
  }
  return out;
}

export function isRealDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const d = parseDay(day);
  return !Number.isNaN(d.getTime()) && formatDay(d) === day;
}

const weekdays = new Map<string, number>();
function weekdayOf(day: string): number {
  let w = weekdays.get(day);
  if (w === undefined) {
    w = parseDay(day).getUTCDay();
    if (weekdays.size > 50_000) weekdays.clear();
    weekdays.set(day, w);
  }
  return w;
}

/** The most recent given weekday (0 = Sunday) on or before the reference day. */
export function weekdayOnOrBefore(reference: string, weekday: number): string {
  const back = (weekdayOf(reference) - weekday + 7) % 7;
  return addDays(reference, -back);
}

/** The most recent month/day on or before the reference day (a dispatch reports the past). */
export function monthDayOnOrBefore(reference: string, month: number, day: number): string | null {
  const year = parseDay(reference).getUTCFullYear();
  for (const y of [year, year - 1]) {
    const candidate = `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    if (isRealDay(candidate) && candidate <= reference) return candidate;
  }
  return null;
}

/** Whole days from `from` to `to` (negative when `to` is earlier), both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / 86_400_000);
}
