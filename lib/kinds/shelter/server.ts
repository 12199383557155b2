/**
 * The shelter kind's server part: its extractor plugin (the rules live with the others in
 * lib/extract/kinds/shelter.ts), what identifies one of its events, and the metrics charts sum over
 * it (their SQL: lib/series/metrics.ts). Never imported by client code (eslint.config.mjs).
 */
import { shelterExtractor } from "../../extract/kinds/shelter";
import type { KindServer } from "../kind-server";
import type { shelterKind } from "./definition";

export const shelterServer = {
  extractor: shelterExtractor,
  sameEvent: ["count"],
  metrics: ["shelters"],
} as const satisfies KindServer<typeof shelterKind>;
