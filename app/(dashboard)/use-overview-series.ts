"use client";

import { useCountryComparison } from "@/lib/query/use-country-comparison";
import { useSeries } from "@/lib/query/use-series";

/** The Overview's series: one measure per kind, the claimants' shot-down claims, the timeline, and per-country timelines when comparing. */
export function useOverviewSeries() {
  const totals = useSeries({ metric: ["facts", "injured", "killed", "aid_eur", "aid_unconverted", "shelters"] as const, by: "kind" });
  const claims = useSeries({ metric: ["drones_shot_down"] as const, by: "claimant", kind: ["drone"], limit: 1000 });
  const timeline = useSeries({ metric: ["facts"] as const, by: "auto", split: "kind" });
  // Each country on the timeline's own bucket, so the lines share one axis.
  const comparison = useCountryComparison({ metric: ["facts"] as const, by: timeline.data?.by ?? "auto" }, timeline.data !== undefined);
  return { totals, claims, timeline, comparison };
}
