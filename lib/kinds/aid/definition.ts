import type { KindDefinition } from "../kind-definition";

export const AID_CATEGORIES = ["military", "financial", "humanitarian"] as const;

/** Aid pledged or delivered, in its stated currency and in euros (guide §8). */
export const aidKind = {
  kind: "aid",
  labels: { one: "Aid", many: "Aid" },
  colour: { light: "#008060", dark: "#3fd0a3" },
  fields: {
    amount: { column: "REAL", header: "Amount", label: "Amount", input: "measure", required: true },
    currency: { column: "TEXT", header: "Currency", label: "Currency (ISO 4217)", input: "currency", required: true },
    amountEur: { column: "REAL", header: "EUR", label: "Amount in EUR", input: "measure" },
    // The conversion rate and its day are the server's (lib/rates), never a reviewer's.
    rateUsed: { column: "REAL", header: "Rate", label: "Rate", input: "measure", stored: true },
    rateDate: { column: "TEXT", header: "Rate date", label: "Rate date", input: "date", stored: true },
    donor: { column: "TEXT", header: "Donor", label: "Donor (country)", input: "country", party: "donor" },
    recipient: { column: "TEXT", header: "Recipient", label: "Recipient (country)", input: "country", party: "recipient" },
    category: { column: "TEXT", header: "Category", label: "Category", input: "choice", options: AID_CATEGORIES.map((c) => ({ value: c, label: c[0]!.toUpperCase() + c.slice(1) })) },
  },
  sameEvent: ["amount", "currency", "donor"],
  metrics: ["aid_eur", "aid_amount", "aid_unconverted"],
} as const satisfies KindDefinition<"aid">;
