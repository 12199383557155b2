import { extractFacts, type ExtractOptions, type ExtractedFact } from "../../../lib/extract/extract-facts";
import type { FactKind } from "../../../lib/facts/contract";

/** Facts of one kind in a short text, published on a Wednesday (2023-09-13) unless told. */
export function factsOf<K extends FactKind>(
  kind: K,
  text: string,
  published = "2023-09-13",
  opts?: ExtractOptions,
): Array<Extract<ExtractedFact, { kind: K }>> {
  return extractFacts(text, published, opts).filter((f): f is Extract<ExtractedFact, { kind: K }> => f.kind === kind);
}
