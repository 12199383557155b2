import type { KindForm } from "../kind-definition";
import { DRONE_OUTCOMES, type droneKind } from "./definition";

const OUTCOME_LABELS: Record<(typeof DRONE_OUTCOMES)[number], string> = { shot_down: "Shot down", launched: "Launched", hit: "Hit a target" };

/** How the review form edits each drone field (the review page only: dashboards do not carry it). */
export const droneForm = {
  count: { label: "Drones", type: "count", required: true },
  launched: { label: "Launched (the “of Y”)", type: "count" },
  outcome: { label: "Outcome", type: "choice", required: true, options: DRONE_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] })) },
  claimant: { label: "Claimed by (country)", type: "country" },
} satisfies KindForm<typeof droneKind>;
