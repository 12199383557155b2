import type { FactKind } from "../../facts/contract";
import type { Dispatch } from "../dispatch";
import type { Sentence } from "../sentences";
import type { Candidate, ExtractedFact } from "../types";

/** What dedupe knows of the whole dispatch when it compares two mentions. */
export interface DedupeContext {
  /** True when the text places `inner` inside the region `outer` ("Shebekino in the Belgorod region"). */
  within(inner: string, outer: string): boolean;
  /** True when the offset is in the dispatch's first line, its own title. */
  inTitle(offset: number): boolean;
}

/**
 * One kind of fact. Adding a kind is one file implementing this and one line in kinds/index.ts:
 * `trigger` cheaply rules sentences out, `detect` reads candidates from a sentence, and
 * `sameEvent` tells dedupe which candidates are mentions of one event.
 */
export interface KindExtractor {
  kind: FactKind;
  trigger: RegExp;
  detect(d: Dispatch, s: Sentence): Candidate[];
  sameEvent(a: Candidate, b: Candidate, ctx?: DedupeContext): boolean;
  /** A bonus that decides which mention of an event leads the merged fact. */
  rank?(c: Candidate): number;
  /** False when the mention's stated day is of an earlier step ("had pledged … after Wednesday's summit"), not the event's. */
  lendsDate?(c: Candidate): boolean;
  /**
   * True when two different figures are one side's count of the same thing at the same place
   * and day, so the later one updates the earlier ("the toll rose to 8"; a ministry's count
   * after a governor's): only the latest stated figure is kept (guide §2).
   */
  sameTally?(a: Candidate, b: Candidate): boolean;
  /** Takes what a merged mention adds beyond empty fields (a launch count into a shoot-down). */
  absorb?(into: ExtractedFact, other: Candidate): void;
}
