import type { ContractFact } from "./contract";

/** The roles a country can play in a fact; the country filter can be narrowed to some of them. */
export const PARTY_ROLES = ["location", "attacker", "claimant", "donor", "recipient"] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export interface FactPartyRow {
  country: string;
  role: PartyRole;
}

/** Every (country, role) a fact involves: where it happened plus the parties its kind names. */
export function factParties(fact: ContractFact): FactPartyRow[] {
  const rows: FactPartyRow[] = [{ country: fact.country, role: "location" }];
  const add = (country: string | null | undefined, role: PartyRole) => {
    if (country) rows.push({ country, role });
  };
  switch (fact.kind) {
    case "injury":
      add(fact.attacker, "attacker");
      break;
    case "drone":
      add(fact.claimant, "claimant");
      break;
    case "aid":
      add(fact.donor, "donor");
      add(fact.recipient, "recipient");
      break;
    case "shelter":
      break;
  }
  return rows;
}
