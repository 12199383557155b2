import type { KindExtractor } from "../extract/kinds/kind";
import type { KindDefinition } from "./kind-definition";

/** A kind's server part, checked against its definition. */
export interface KindServer<D extends KindDefinition> {
  /** Its extractor plugin (lib/extract/kinds/<kind>.ts); its `kind` must be this kind (tests/unit/kinds). */
  extractor: KindExtractor;
  /**
   * The fields whose values identify an event within its kind: a second report of a fact with
   * the same day, country, place and these values corroborates it (lib/ingest/find-corroborated.ts).
   */
  sameEvent: readonly (keyof D["fields"] & string)[];
  /** The names of the metrics charts sum over this kind; METRICS (lib/series/metrics.ts) must define each, over this kind. */
  metrics: readonly string[];
}
