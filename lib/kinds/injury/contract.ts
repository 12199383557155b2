import { count, countryCode } from "../../facts/contract-fields";
import type { KindContract } from "../kind-contract";
import type { injuryKind } from "./definition";

export const injuryContract = {
  fields: {
    // Null when the text states deaths only ("a woman was killed"): the annotation guide scores killed then.
    injured: count.nullable(),
    killed: count.nullable(),
    serious: count.nullable(),
    attacker: countryCode.nullable(),
  },
  stored: {},
} satisfies KindContract<typeof injuryKind>;
