import type { KindDefinition } from "../kind-definition";

export const AID_CATEGORIES = ["military", "financial", "humanitarian"] as const;

/** Aid pledged or delivered, in its stated currency and in euros (guide §8). */
export const aidKind = {
  kind: "aid",
  labels: { one: "Aid", many: "Aid" },
  colour: { light: "#008060", dark: "#3fd0a3" },
  fields: {
    amount: { column: "REAL", header: "Amount" },
    currency: { column: "TEXT", header: "Currency" },
    amountEur: { column: "REAL", header: "EUR" },
    // The conversion rate and its day are the server's (lib/rates), never a reviewer's.
    rateUsed: { column: "REAL", header: "Rate", stored: true },
    rateDate: { column: "TEXT", header: "Rate date", stored: true },
    donor: { column: "TEXT", header: "Donor", party: "donor" },
    recipient: { column: "TEXT", header: "Recipient", party: "recipient" },
    category: { column: "TEXT", header: "Category" },
  },
} as const satisfies KindDefinition<"aid">;
