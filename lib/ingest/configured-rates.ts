import fs from "node:fs";
import { getEnv } from "../env";
import { loadEcbRates, type RateTable } from "../extract/rates";

let cached: { file: string; rates: RateTable } | null = null;

/**
 * The ECB reference rates the operator loaded (ECB_RATES_FILE, in eurofxref-hist.csv layout),
 * read once. None configured: amounts the text gives only in another currency stay unconverted.
 */
export function configuredRates(): RateTable | undefined {
  const file = getEnv().ECB_RATES_FILE;
  if (!file) return undefined;
  if (cached?.file === file) return cached.rates;
  if (!fs.existsSync(file)) throw new Error(`ECB_RATES_FILE "${file}" does not exist: download eurofxref-hist.csv from the ECB or unset the variable`);
  cached = { file, rates: loadEcbRates(file) };
  return cached.rates;
}
