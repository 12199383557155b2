import type { KindDefinition } from "../kind-definition";

export const DRONE_OUTCOMES = ["shot_down", "launched", "hit"] as const;
const OUTCOME_LABELS: Record<(typeof DRONE_OUTCOMES)[number], string> = { shot_down: "Shot down", launched: "Launched", hit: "Hit a target" };

/** Drones shot down, launched or hitting, as one side claims them (guide §6). */
export const droneKind = {
  kind: "drone",
  labels: { one: "Drones", many: "Drones" },
  colour: { light: "#0072b2", dark: "#4fa8e8" },
  fields: {
    count: { column: "INTEGER", header: "Count", label: "Drones", input: "count", required: true },
    launched: { column: "INTEGER", header: "Launched", label: "Launched (the “of Y”)", input: "count" },
    outcome: { column: "TEXT", header: "Outcome", label: "Outcome", input: "choice", required: true, options: DRONE_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] })) },
    claimant: { column: "TEXT", header: "Claimant", label: "Claimed by (country)", input: "country", party: "claimant" },
  },
  // The same figure claimed by another party stays a separate fact.
  sameEvent: ["count", "outcome", "claimant"],
  metrics: ["drones", "drones_shot_down", "drones_launched", "drones_paired_launched", "drones_paired_shot_down", "drones_paired_reports", "drones_hit"],
} as const satisfies KindDefinition<"drone">;
