/**
 * The injury kind's server part: its extractor plugin (the rules live with the others in
 * lib/extract/kinds/injury.ts), what identifies one of its events, and the metrics charts sum over
 * it (their SQL: lib/series/metrics.ts). Never imported by client code (eslint.config.mjs).
 */
import { injuryExtractor } from "../../extract/kinds/injury";
import type { KindServer } from "../kind-server";
import type { injuryKind } from "./definition";

export const injuryServer = {
  extractor: injuryExtractor,
  sameEvent: ["injured"],
  metrics: ["injured", "killed", "serious"],
} as const satisfies KindServer<typeof injuryKind>;
