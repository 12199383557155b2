import fs from "node:fs";
import path from "node:path";
import { getEnv } from "../env";
import type { EcbHistory } from "../rates/ecb-history";
import { loadEcbHistory, SHIPPED_RATES_FILE } from "../rates/shipped-rates";

let cached: { file: string; rates: EcbHistory } | null = null;

/**
 * The ECB reference rates every ingest converts aid with: the history shipped in the repository,
 * or ECB_RATES_FILE (same layout) when the operator sets it. A missing file is reported at once;
 * the 1.9 MB file is parsed on the first foreign-currency amount, so a run without one (most
 * dispatches) does not pay for it.
 */
export function configuredRates(): EcbHistory {
  const file = getEnv().ECB_RATES_FILE ?? SHIPPED_RATES_FILE;
  if (cached?.file === file) return cached.rates;
  if (!fs.existsSync(path.resolve(/*turbopackIgnore: true*/ process.cwd(), file))) loadEcbHistory(file); // throws, naming the file
  let loaded: EcbHistory | undefined;
  const load = () => (loaded ??= loadEcbHistory(file));
  const rates: EcbHistory = {
    get firstDay() {
      return load().firstDay;
    },
    get lastDay() {
      return load().lastDay;
    },
    get spans() {
      return load().spans;
    },
    currencies: () => load().currencies(),
    rateOn: (currency, day) => (currency === "EUR" ? { rate: 1, date: day } : load().rateOn(currency, day)),
  };
  cached = { file, rates };
  return rates;
}
