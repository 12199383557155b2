import { count, measure } from "../../facts/contract-fields";
import type { KindContract } from "../kind-contract";
import type { shelterKind } from "./definition";

export const shelterContract = {
  fields: {
    count,
    lengthM: measure.nullable(),
    widthM: measure.nullable(),
    heightM: measure.nullable(),
  },
  stored: {},
} satisfies KindContract<typeof shelterKind>;
