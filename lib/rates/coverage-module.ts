import type { EcbHistory } from "./ecb-history";

/**
 * The text of lib/rates/ecb-coverage.ts: the rate file's first and last day and each currency's
 * span, small enough for the browser, so a page can say why an amount has no euro value.
 */
export function renderCoverageModule(history: Pick<EcbHistory, "firstDay" | "lastDay" | "spans">): string {
  const spans = Object.keys(history.spans)
    .sort()
    .map((code) => `    ${code}: { first: "${history.spans[code]?.first}", last: "${history.spans[code]?.last}" },`)
    .join("\n");
  return `// Written by \`npm run rates:refresh\` from reference/ecb/eurofxref-hist.csv; do not edit by hand.
import type { RateCoverage } from "./euro-value";

export const ECB_COVERAGE: RateCoverage = {
  firstDay: "${history.firstDay}",
  lastDay: "${history.lastDay}",
  spans: {
${spans}
  },
};
`;
}
