import { formatCompact, formatEur, formatNumber } from "@/components/charts/format";
import { countryName } from "@/lib/countries/country-names";
import type { ApiFact } from "@/lib/facts/fact-row";

/** How a fact reads in words: "Injury: 24 injured (attack by Russia), Sevastopol (Crimea), 2023-09-13 (verified)". */

export const KIND_LABELS: Record<ApiFact["kind"], string> = { injury: "Injury", drone: "Drones", aid: "Aid", shelter: "Shelters" };
export const STATUS_LABELS: Record<ApiFact["status"], string> = { verified: "verified", proposed: "unverified", rejected: "rejected" };
const num = (fact: ApiFact, field: string) => (typeof fact[field] === "number" ? (fact[field] as number) : null);
const str = (fact: ApiFact, field: string) => (typeof fact[field] === "string" ? (fact[field] as string) : null);

/** The numbers as the dispatch states them, e.g. "6 injured, 3 seriously" or "25 of 40 drones shot down". */
export function factNumbers(fact: ApiFact): string {
  const count = num(fact, "count");
  switch (fact.kind) {
    case "injury": {
      const [serious, killed] = [num(fact, "serious"), num(fact, "killed")];
      return [`${formatNumber(num(fact, "injured"))} injured`, serious !== null && `${formatNumber(serious)} seriously`, killed !== null && `${formatNumber(killed)} killed`].filter(Boolean).join(", ");
    }
    case "drone": {
      const launched = num(fact, "launched");
      const outcome = (str(fact, "outcome") ?? "").replace("_", " ");
      return `${launched !== null ? `${formatNumber(count)} of ${formatNumber(launched)}` : formatNumber(count)} drones ${outcome}`.trim();
    }
    case "aid": {
      const [amount, currency, category] = [num(fact, "amount"), str(fact, "currency") ?? "", str(fact, "category")];
      const money = amount === null ? "amount not stated" : `${currency} ${formatCompact(amount)}${currency === "EUR" ? "" : ` (${formatEur(num(fact, "amountEur"))})`}`;
      return category ? `${money}, ${category}` : money;
    }
    case "shelter": {
      const size = ["lengthM", "widthM", "heightM"].map((f) => num(fact, f));
      const dims = size.some((v) => v !== null) ? `, ${size.map((v) => (v === null ? "?" : formatNumber(v))).join(" × ")} m` : "";
      return `${formatNumber(count)} ${count === 1 ? "shelter" : "shelters"}${dims}`;
    }
  }
}

/** Who the number is about or whose claim it is: a claim stays attributed to its claimant. */
export function factParty(fact: ApiFact): string | null {
  const party = (field: string) => str(fact, field) && countryName(str(fact, field)!);
  switch (fact.kind) {
    case "injury":
      return party("attacker") && `attack by ${party("attacker")}`;
    case "drone":
      return party("claimant") && `claimed by ${party("claimant")}`;
    case "aid":
      return [party("donor") ?? countryName(fact.country), party("recipient")].filter(Boolean).join(" to ");
    case "shelter":
      return null;
  }
}

/** Where it happened; aid without a place is named by its donor, which factParty already shows. */
export function factPlace(fact: ApiFact): string | null {
  if (!fact.place) return fact.kind === "aid" ? null : countryName(fact.country);
  return fact.region ? `${fact.place} (${fact.region})` : fact.place;
}

export function describeFact(fact: ApiFact): string {
  const party = factParty(fact);
  const place = factPlace(fact);
  return `${KIND_LABELS[fact.kind]}: ${factNumbers(fact)}${party ? ` (${party})` : ""}${place ? `, ${place}` : ""}, ${fact.date} (${STATUS_LABELS[fact.status]})`;
}
