import type { ApiFact } from "@/lib/facts/api-fact";
import { kindLabel, statusLabel } from "@/lib/vocabulary/labels";
import { formatCompact, formatCountry, formatEur, formatNumber } from "@/lib/vocabulary/format";

/** How a fact reads in words: "Injury: 24 injured (attack by Russia), Sevastopol (Crimea), 2023-09-13 (verified)". */

const partyName = (code: string | null) => (code ? formatCountry(code) : null);

/** The numbers as the dispatch states them, e.g. "6 injured, 3 seriously" or "25 of 40 drones shot down". */
export function factNumbers(fact: ApiFact): string {
  switch (fact.kind) {
    case "injury":
      return [
        fact.injured !== null && `${formatNumber(fact.injured)} injured`,
        fact.serious !== null && `${formatNumber(fact.serious)} seriously`,
        fact.killed !== null && `${formatNumber(fact.killed)} killed`,
      ]
        .filter(Boolean)
        .join(", ");
    case "drone": {
      const outcome = (fact.outcome ?? "").replace("_", " ");
      return `${fact.launched !== null ? `${formatNumber(fact.count)} of ${formatNumber(fact.launched)}` : formatNumber(fact.count)} drones ${outcome}`.trim();
    }
    case "aid": {
      const money = fact.amount === null ? "amount not stated" : `${fact.currency} ${formatCompact(fact.amount)}${fact.currency === "EUR" ? "" : ` (${formatEur(fact.amountEur)})`}`;
      return fact.category ? `${money}, ${fact.category}` : money;
    }
    case "shelter": {
      const size = [fact.lengthM, fact.widthM, fact.heightM];
      const dims = size.some((v) => v !== null) ? `, ${size.map((v) => (v === null ? "?" : formatNumber(v))).join(" × ")} m` : "";
      return `${formatNumber(fact.count)} ${fact.count === 1 ? "shelter" : "shelters"}${dims}`;
    }
  }
}

/** Who the number is about or whose claim it is: a claim stays attributed to its claimant. */
export function factParty(fact: ApiFact): string | null {
  switch (fact.kind) {
    case "injury":
      return fact.attacker && `attack by ${partyName(fact.attacker)}`;
    case "drone":
      return fact.claimant && `claimed by ${partyName(fact.claimant)}`;
    case "aid":
      return [partyName(fact.donor) ?? formatCountry(fact.country), partyName(fact.recipient)].filter(Boolean).join(" to ");
    case "shelter":
      return null;
  }
}

/** Where it happened; aid without a place is named by its donor, which factParty already shows. */
export function factPlace(fact: ApiFact): string | null {
  if (!fact.place) return fact.kind === "aid" ? null : formatCountry(fact.country);
  return fact.region ? `${fact.place} (${fact.region})` : fact.place;
}

export function describeFact(fact: ApiFact): string {
  const party = factParty(fact);
  const place = factPlace(fact);
  return `${kindLabel(fact.kind)}: ${factNumbers(fact)}${party ? ` (${party})` : ""}${place ? `, ${place}` : ""}, ${fact.date} (${statusLabel(fact.status).toLowerCase()})`;
}
