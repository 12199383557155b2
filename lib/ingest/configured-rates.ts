import { getEnv } from "../env";
import type { EcbHistory } from "../rates/ecb-history";
import { loadEcbHistory, SHIPPED_RATES_FILE } from "../rates/shipped-rates";

let cached: { file: string; rates: EcbHistory } | null = null;

/**
 * The ECB reference rates every ingest converts aid with: the history shipped in the repository,
 * or ECB_RATES_FILE (same layout) when the operator sets it. Read once per process.
 */
export function configuredRates(): EcbHistory {
  const file = getEnv().ECB_RATES_FILE ?? SHIPPED_RATES_FILE;
  if (cached?.file === file) return cached.rates;
  cached = { file, rates: loadEcbHistory(file) };
  return cached.rates;
}
