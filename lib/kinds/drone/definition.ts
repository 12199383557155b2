import type { KindDefinition } from "../kind-definition";

export const DRONE_OUTCOMES = ["shot_down", "launched", "hit"] as const;

/** Drones shot down, launched or hitting, as one side claims them (guide §6). */
export const droneKind = {
  kind: "drone",
  labels: { one: "Drones", many: "Drones" },
  colour: { light: "#0072b2", dark: "#4fa8e8" },
  fields: {
    count: { column: "INTEGER", header: "Count" },
    launched: { column: "INTEGER", header: "Launched" },
    outcome: { column: "TEXT", header: "Outcome" },
    claimant: { column: "TEXT", header: "Claimant", party: "claimant" },
  },
} as const satisfies KindDefinition<"drone">;
