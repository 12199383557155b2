import { z } from "zod";
import { count, countryCode } from "../../facts/contract-fields";
import type { KindContract } from "../kind-contract";
import { DRONE_OUTCOMES, type droneKind } from "./definition";

export const droneContract = {
  fields: {
    count,
    launched: count.nullable(),
    outcome: z.enum(DRONE_OUTCOMES),
    claimant: countryCode.nullable(),
  },
  stored: {},
} satisfies KindContract<typeof droneKind>;
