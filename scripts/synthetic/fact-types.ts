import type { z } from "zod";
import type { aidFact, droneFact, injuryFact, shelterFact } from "../../lib/facts/contract";
import type { ContractFact, FactStatus } from "../../lib/facts/contract";
import type { SyntheticPlace } from "./catalogue";

export type InjuryFact = z.infer<typeof injuryFact>;
export type DroneFact = z.infer<typeof droneFact>;
export type AidFact = z.infer<typeof aidFact>;
export type ShelterFact = z.infer<typeof shelterFact>;
/** Any kind's fact: a new kind in lib/kinds makes the generator name what it lacks. */
export type AnyFact = ContractFact;

/** A generated fact with what the contract leaves to the database: status, rate, place details. */
export interface SyntheticFact {
  fact: AnyFact;
  status: FactStatus;
  rateUsed: number | null;
  rateDate: string | null;
  place: SyntheticPlace | null;
}

/** A generated dispatch: its text, and facts whose quotes are substrings of it. */
export interface SyntheticSource {
  title: string;
  publisher: string;
  url: string;
  publishedAt: string;
  language: string;
  text: string;
  contentHash: string;
  facts: SyntheticFact[];
}
