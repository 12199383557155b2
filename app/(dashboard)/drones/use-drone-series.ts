"use client";

import { useSeries } from "@/lib/query/use-series";

/**
 * Every claimant is its own series: summing claimants (or an Other of them) would add up
 * competing claims, so the limit is the API's largest and no claimant is folded away.
 */
const EVERY_CLAIMANT = 1000;

/** The Drones page's series: shot down over time per claimant, and launched vs shot down per claimant. */
export function useDroneSeries() {
  const claims = useSeries({ metric: ["drones_shot_down"] as const, by: "auto", split: "claimant", kind: ["drone"], limit: EVERY_CLAIMANT });
  const paired = useSeries({ metric: ["drones_paired_launched", "drones_paired_shot_down", "drones_paired_reports"] as const, by: "claimant", kind: ["drone"], limit: EVERY_CLAIMANT });
  return { claims, paired };
}
