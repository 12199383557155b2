import type { KindForm } from "../kind-definition";
import { AID_CATEGORIES, type aidKind } from "./definition";

/** How the review form edits each aid field (the review page only: dashboards do not carry it). */
export const aidForm = {
  amount: { label: "Amount", type: "measure", required: true },
  currency: { label: "Currency (ISO 4217)", type: "currency", required: true },
  amountEur: { label: "Amount in EUR", type: "measure" },
  donor: { label: "Donor (country)", type: "country" },
  recipient: { label: "Recipient (country)", type: "country" },
  category: { label: "Category", type: "choice", options: AID_CATEGORIES.map((c) => ({ value: c, label: c[0]!.toUpperCase() + c.slice(1) })) },
} satisfies KindForm<typeof aidKind>;
