/**
 * Every kind's server part, by kind: a kind in KINDS (./index.ts) without one does not compile.
 * Server only (the extraction rules and their word lists): client code must not import it,
 * which eslint.config.mjs enforces; lib/series/metrics.ts reads its types only.
 */
import { aidServer } from "./aid/server";
import { droneServer } from "./drone/server";
import type { FactKind, KindOf } from "./index";
import { injuryServer } from "./injury/server";
import type { KindServer } from "./kind-server";
import { shelterServer } from "./shelter/server";

export const KIND_SERVER = {
  injury: injuryServer,
  drone: droneServer,
  aid: aidServer,
  shelter: shelterServer,
} satisfies { [K in FactKind]: KindServer<KindOf<K>> };

/** Every metric a kind declares, and the kind of each. */
export type KindMetricName = (typeof KIND_SERVER)[FactKind]["metrics"][number];
export type KindOfMetric<M extends KindMetricName> = { [K in FactKind]: M extends (typeof KIND_SERVER)[K]["metrics"][number] ? K : never }[FactKind];
