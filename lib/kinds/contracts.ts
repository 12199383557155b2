/**
 * Every kind's zod contract, by kind: a kind in KINDS (./index.ts) without an entry here does
 * not compile. Imports zod, so the browser reaches it only through the API response schemas.
 */
import { aidContract } from "./aid/contract";
import { droneContract } from "./drone/contract";
import { injuryContract } from "./injury/contract";
import type { FactKind, KindOf } from "./index";
import type { KindContract } from "./kind-contract";
import { shelterContract } from "./shelter/contract";

export const KIND_CONTRACTS = {
  injury: injuryContract,
  drone: droneContract,
  aid: aidContract,
  shelter: shelterContract,
} satisfies { [K in FactKind]: KindContract<KindOf<K>> };
