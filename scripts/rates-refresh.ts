/**
 * npm run rates:refresh -- FILE
 * Replaces the shipped ECB history (reference/ecb/eurofxref-hist.csv) with a newly downloaded
 * eurofxref-hist.csv (unzipped), after validating it, and rewrites lib/rates/ecb-coverage.ts.
 * Exit code 2, and nothing written, on a bad or older file. Then run `npm run rates:backfill`.
 */
import fs from "node:fs";
import { EcbRatesError, parseEcbHistory } from "../lib/rates/ecb-history";
import { renderCoverageModule } from "../lib/rates/coverage-module";
import { SHIPPED_RATES_FILE } from "../lib/rates/shipped-rates";

const USAGE = "usage: npm run rates:refresh -- path/to/eurofxref-hist.csv";
const COVERAGE_MODULE = "lib/rates/ecb-coverage.ts";

function fail(message: string): never {
  console.error(`rates:refresh: ${message}`);
  process.exit(2);
}

const [file, ...extra] = process.argv.slice(2);
if (!file || extra.length > 0) fail(`name exactly one file\n${USAGE}`);
if (!fs.existsSync(file)) fail(`"${file}" does not exist\n${USAGE}`);
if (/\.zip$/i.test(file)) fail(`"${file}" is the zip: unzip it and pass eurofxref-hist.csv`);

const text = fs.readFileSync(file, "utf8");
let fresh;
try {
  fresh = parseEcbHistory(text);
} catch (err) {
  fail(`"${file}": ${err instanceof EcbRatesError ? err.message : String(err)}`);
}
const current = parseEcbHistory(fs.readFileSync(SHIPPED_RATES_FILE, "utf8"));
if (fresh.firstDay > current.firstDay) fail(`"${file}" starts on ${fresh.firstDay}, later than the shipped file (${current.firstDay}): expected the full history, eurofxref-hist.csv, not the daily file`);
if (fresh.lastDay < current.lastDay) fail(`"${file}" ends on ${fresh.lastDay}, before the shipped file (${current.lastDay}): nothing to refresh`);

fs.writeFileSync(SHIPPED_RATES_FILE, text);
fs.writeFileSync(COVERAGE_MODULE, renderCoverageModule(fresh));
console.log(`rates:refresh: ${SHIPPED_RATES_FILE} now covers ${fresh.firstDay}…${fresh.lastDay}, ${fresh.currencies().length} currencies; ${COVERAGE_MODULE} rewritten. Run npm run rates:backfill to convert stored aid.`);
