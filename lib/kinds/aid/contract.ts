import { z } from "zod";
import { amount, countryCode } from "../../facts/contract-fields";
import type { KindContract } from "../kind-contract";
import { AID_CATEGORIES, type aidKind } from "./definition";

export const aidContract = {
  fields: {
    amount: amount.positive(),
    currency: z.string().regex(/^[A-Z]{3}$/, "expected an ISO 4217 code such as EUR"),
    amountEur: amount.nonnegative().nullable(),
    donor: countryCode.nullable(),
    recipient: countryCode.nullable(),
    category: z.enum(AID_CATEGORIES).nullable(),
  },
  // The euro rate the server converted with, and the ECB day it was published (lib/rates).
  stored: {
    rateUsed: z.number().nullable(),
    rateDate: z.string().nullable(),
  },
} satisfies KindContract<typeof aidKind>;
