import type { KindForm } from "../kind-definition";
import type { shelterKind } from "./definition";

/** How the review form edits each shelter field (the review page only: dashboards do not carry it). */
export const shelterForm = {
  count: { label: "Shelters", type: "count", required: true },
  lengthM: { label: "Length (m)", type: "measure" },
  widthM: { label: "Width (m)", type: "measure" },
  heightM: { label: "Height (m)", type: "measure" },
} satisfies KindForm<typeof shelterKind>;
