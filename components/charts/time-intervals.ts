import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval } from "d3-time";
import type { TimeBucket } from "@/lib/series/time-buckets";

/** The d3 interval that matches each SQL bucket (weeks start on Monday in both). */
export const BUCKET_INTERVAL: Record<TimeBucket, CountableTimeInterval> = {
  day: utcDay,
  week: utcMonday,
  month: utcMonth,
  year: utcYear,
};

export const parseDay = (day: string) => new Date(`${day}T00:00:00Z`);
