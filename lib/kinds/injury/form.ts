import type { KindForm } from "../kind-definition";
import type { injuryKind } from "./definition";

/** How the review form edits each injury field (the review page only: dashboards do not carry it). */
export const injuryForm = {
  injured: { label: "Injured", type: "count", required: true },
  killed: { label: "Killed", type: "count" },
  serious: { label: "Of whom serious", type: "count" },
  attacker: { label: "Attacker (country)", type: "country" },
} satisfies KindForm<typeof injuryKind>;
