import { Random, WeightedPicker } from "./random";

const DAY_MS = 86_400_000;

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export interface Timeline {
  days: string[];
  /** How busy each day is: a slow base with winters of strikes on power plants, and bursts. */
  intensity: number[];
  picker: WeightedPicker<number>;
}

/**
 * Day-by-day intensity over several years: the opening weeks of the invasion, heavier winters,
 * and a few dozen mass attacks that multiply one to three days' reports several times over.
 */
export function buildTimeline(random: Random, from: string, to: string): Timeline {
  const count = daysBetween(from, to) + 1;
  const days = Array.from({ length: count }, (_, i) => addDays(from, i));
  const intensity = days.map((day, i) => {
    const month = Number(day.slice(5, 7));
    const winter = month >= 10 || month <= 3 ? 1.4 : 1;
    const opening = i < 60 ? 2.5 - (1.5 * i) / 60 : 1;
    const weekly = 0.9 + 0.2 * random.next();
    return winter * opening * weekly;
  });
  const bursts = Math.max(3, Math.round(count / 25));
  for (let b = 0; b < bursts; b++) {
    const start = random.int(0, count - 1);
    const length = random.int(1, 3);
    const height = 3 + 9 * random.next();
    for (let k = 0; k < length && start + k < count; k++) intensity[start + k]! *= 1 + height / (k + 1);
  }
  return { days, intensity, picker: new WeightedPicker(days.map((_, i) => i), intensity) };
}
