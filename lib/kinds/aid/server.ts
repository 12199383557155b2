/**
 * The aid kind's server part: its extractor plugin (the rules live with the others in
 * lib/extract/kinds/aid.ts), what identifies one of its events, and the metrics charts sum over
 * it (their SQL: lib/series/metrics.ts). Never imported by client code (eslint.config.mjs).
 */
import { aidExtractor } from "../../extract/kinds/aid";
import type { KindServer } from "../kind-server";
import type { aidKind } from "./definition";

export const aidServer = {
  extractor: aidExtractor,
  sameEvent: ["amount", "currency", "donor"],
  metrics: ["aid_eur", "aid_amount", "aid_unconverted"],
} as const satisfies KindServer<typeof aidKind>;
