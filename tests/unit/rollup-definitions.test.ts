import { describe, expect, it } from "vitest";
import { ROLLUP_METRICS } from "@/lib/db/rollups/definitions";
import { FACTS_ONLY_METRICS, METRIC_NAMES, METRICS } from "@/lib/series/metrics";

describe("rollup metrics", () => {
  it("are every metric of METRICS but the declared facts-only ones, defined exactly as there (a changed metric needs a new rollup migration)", () => {
    const rolled = Object.fromEntries(ROLLUP_METRICS.map((m) => [m.metric, { kind: m.kind, value: m.value }]));
    const defined = Object.fromEntries(
      METRIC_NAMES.filter((m) => m !== "facts" && !FACTS_ONLY_METRICS.includes(m)).map((m) => [m, { kind: METRICS[m].kind, value: METRICS[m].value.sql }]),
    );
    expect(rolled).toEqual(defined);
  });
});
