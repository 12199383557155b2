import { KIND_DEFINITIONS } from "../kinds";
import type { KindDefinition, PartyRole } from "../kinds/kind-definition";
import type { ContractFact } from "./contract";

/** The roles a country can play in a fact; the country filter can be narrowed to some of them. */
export { PARTY_ROLES, type PartyRole } from "../kinds/kind-definition";

export interface FactPartyRow {
  country: string;
  role: PartyRole;
}

/** Every (country, role) a fact involves: where it happened plus the parties its kind names (`party` in its definition). */
export function factParties(fact: ContractFact): FactPartyRow[] {
  const rows: FactPartyRow[] = [{ country: fact.country, role: "location" }];
  const definition: KindDefinition = KIND_DEFINITIONS[fact.kind];
  for (const [field, spec] of Object.entries(definition.fields)) {
    const country = (fact as Record<string, unknown>)[field];
    if (spec.party && typeof country === "string" && country) rows.push({ country, role: spec.party });
  }
  return rows;
}
