import type { TimeBucket } from "../db/dialect";

const DAY_MS = 86_400_000;

/** The finest bucket that keeps a chart under a few hundred points for the given span. */
export function chooseBucket(from: string | null, to: string | null): TimeBucket {
  if (!from || !to) return "day";
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  if (days <= 190) return "day";
  if (days <= 366 * 4) return "week";
  if (days <= 366 * 30) return "month";
  return "year";
}
