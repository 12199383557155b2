import { utcDay, utcMonth, utcYear } from "d3-time";

export interface DatePreset {
  label: string;
  from?: string;
  to?: string;
  /** "Last N days" presets: N, so an empty one can offer the N days up to where the data end. */
  recentDays?: number;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Ranges a reader picks most; every one can also be typed in the date fields. */
export function datePresets(today: Date = new Date()): DatePreset[] {
  const day = utcDay.floor(today);
  const presets: DatePreset[] = [
    { label: "All time" },
    { label: "Last 7 days", from: iso(utcDay.offset(day, -6)), to: iso(day), recentDays: 7 },
    { label: "Last 30 days", from: iso(utcDay.offset(day, -29)), to: iso(day), recentDays: 30 },
    { label: "Last 12 months", from: iso(utcDay.offset(utcMonth.offset(day, -12), 1)), to: iso(day) },
  ];
  // The full-scale invasion began in 2022: each year since is a preset.
  for (let y = utcYear.floor(day).getUTCFullYear(); y >= 2022; y--) {
    presets.push({ label: String(y), from: `${y}-01-01`, to: `${y}-12-31` });
  }
  return presets;
}

/** The `days` days that end on `end` (inclusive), as a from/to range. */
export function recentPresetFrom(end: string, days: number): { from: string; to: string } {
  const last = new Date(`${end}T00:00:00Z`);
  return { from: iso(utcDay.offset(last, -(days - 1))), to: end };
}
