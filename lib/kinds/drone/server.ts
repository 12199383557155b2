/**
 * The drone kind's server part: its extractor plugin (the rules live with the others in
 * lib/extract/kinds/drone.ts), what identifies one of its events, and the metrics charts sum over
 * it (their SQL: lib/series/metrics.ts). Never imported by client code (eslint.config.mjs).
 */
import { droneExtractor } from "../../extract/kinds/drone";
import type { KindServer } from "../kind-server";
import type { droneKind } from "./definition";

export const droneServer = {
  extractor: droneExtractor,
  // The same figure claimed by another party stays a separate fact.
  sameEvent: ["count", "outcome", "claimant"],
  metrics: ["drones", "drones_shot_down", "drones_launched", "drones_paired_launched", "drones_paired_shot_down", "drones_paired_reports", "drones_hit"],
} as const satisfies KindServer<typeof droneKind>;
