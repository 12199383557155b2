"use client";

import { useSeries } from "@/lib/query/use-series";

/** Places shown separately on the Injuries chart; the rest come summed as Other. */
export const INJURY_PLACES_SHOWN = 15;

/** The Injuries page's series under the page's filters: by place (top N + Other) and over time (every period). */
export function useInjurySeries() {
  const byPlace = useSeries({ metric: ["injured", "serious", "killed"] as const, by: "place", kind: ["injury"], limit: INJURY_PLACES_SHOWN });
  const overTime = useSeries({ metric: ["injured", "killed"] as const, by: "auto", kind: ["injury"] });
  return { byPlace, overTime };
}
