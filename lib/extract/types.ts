import type { ContractFact, FactKind } from "../facts/contract";
import type { RateTable } from "./rates";
import type { RuleName } from "./rules";

/** A contract fact, plus the rate used when amountEur was converted (extra keys are allowed). */
export type ExtractedFact = ContractFact & { rateUsed?: number; rateDate?: string; rule?: RuleName };

export interface ExtractOptions {
  /** ECB rates; without them amountEur is only what the text states. */
  rates?: RateTable;
  /** Receives one line per skipped number or dropped candidate (for --verbose diagnostics). */
  onDiagnostic?: (message: string) => void;
  /**
   * False: each fact keeps its rule's confidence, unweighed by the number model — what the mapping in
   * model/second-opinion.ts is fitted on (scripts/fit-confidence.ts). Default true.
   */
  weigh?: boolean;
}

/** Where a field's value came from; sentence-stated values win when mentions merge. */
export type Source = "sentence" | "context" | "default";

export interface Candidate {
  fact: ExtractedFact;
  kind: FactKind;
  /** The rule that read it (also written to fact.rule). */
  rule: RuleName;
  dateSource: Source;
  placeSource: Source;
  isHeading: boolean;
  /** The section of the sentence stating it: mentions of one event stay under one heading. */
  section: number;
  /** The number that identifies the event within its kind (injured, count, amount). */
  key: number;
  /** Drone only: the total told before that this count is one part of (its parts add up to it), so no update of it. */
  partOf?: number;
  /** Aid only: the same money in other currencies, as the text states it. */
  equivalents?: Array<{ amount: number; currency: string }>;
}
