import fs from "node:fs";
import path from "node:path";
import { parseEcbHistory, type EcbHistory } from "./ecb-history";

/** The ECB history shipped in the repository; `npm run rates:refresh` replaces it. */
export const SHIPPED_RATES_FILE = "reference/ecb/eurofxref-hist.csv";

export function loadEcbHistory(file: string): EcbHistory {
  const absolute = path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
  if (!fs.existsSync(absolute)) throw new Error(`ECB rates file "${file}" does not exist: download eurofxref-hist.csv from the ECB, or unset ECB_RATES_FILE to use the shipped ${SHIPPED_RATES_FILE}`);
  return parseEcbHistory(fs.readFileSync(absolute, "utf8"));
}
