import { percentile } from "./stats";

/**
 * Heavy requests to keep in flight. "issue10" is the request that froze the server (every metric,
 * by day, split by place); it is now refused with a 400 by the row cap, so the others are heavy
 * requests the server does run in full: every fact as CSV, and every metric by week and place.
 */
export const HEAVY_PATHS = {
  issue10:
    "/api/series?status=verified,proposed,rejected&metric=injured,serious,killed,drones_shot_down,drones_launched,shelters,facts,aid_eur&by=day&split=place&limit=1000",
  csv: "/api/facts.csv?status=verified,proposed,rejected",
  series:
    "/api/series?status=verified,proposed,rejected&metric=injured,serious,killed,drones_shot_down,drones_launched,shelters,facts,aid_eur&by=week&split=place&limit=60",
} as const;
export type HeavyKind = keyof typeof HEAVY_PATHS;
export const LIGHT_PATH = "/api/facts/1";

export interface HeavyScenarioResult {
  seconds: number;
  light: { requests: number; failed: number; p50: number; p95: number; max: number };
  heavy: { requests: number; byStatus: Record<string, number>; p50Ms: number };
}

async function timed(url: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  try {
    const res = await fetch(url);
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - started };
  } catch {
    return { status: 0, ms: performance.now() - started };
  }
}

/**
 * `heavyClients` loops, each sending the heavy request again as soon as the last one answers
 * (so that many are always in flight, as a hostile client would keep them), while a light
 * request starts every `lightEveryMs` regardless of the others. Reports the light requests'
 * latency, which is what a reader of the dashboard feels.
 */
export async function runHeavyScenario(baseUrl: string, seconds: number, heavyPath: string, heavyClients = 10, lightEveryMs = 100): Promise<HeavyScenarioResult> {
  const deadline = performance.now() + seconds * 1000;
  const heavy: { status: number; ms: number }[] = [];
  const loops = Array.from({ length: heavyClients }, async () => {
    while (performance.now() < deadline) heavy.push(await timed(`${baseUrl}${heavyPath}`));
  });
  const light: Promise<{ status: number; ms: number }>[] = [];
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (performance.now() >= deadline) {
        clearInterval(timer);
        resolve();
        return;
      }
      light.push(timed(`${baseUrl}${LIGHT_PATH}`));
    }, lightEveryMs);
  });
  const lightDone = await Promise.all(light);
  await Promise.all(loops);
  const ok = lightDone.filter((r) => r.status === 200).map((r) => r.ms).sort((a, b) => a - b);
  const all = lightDone.map((r) => r.ms).sort((a, b) => a - b);
  const byStatus: Record<string, number> = {};
  for (const r of heavy) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  const heavyOk = heavy.filter((r) => r.status === 200).map((r) => r.ms).sort((a, b) => a - b);
  return {
    seconds,
    light: { requests: lightDone.length, failed: lightDone.length - ok.length, p50: Math.round(percentile(all, 50)), p95: Math.round(percentile(all, 95)), max: Math.round(all.at(-1) ?? NaN) },
    heavy: { requests: heavy.length, byStatus, p50Ms: Math.round(percentile(heavyOk.length ? heavyOk : heavy.map((r) => r.ms).sort((a, b) => a - b), 50)) },
  };
}

export function heavyScenarioTable(rows: { label: string; result: HeavyScenarioResult }[]): string {
  return [
    "| run | light requests | light p50 ms | light p95 ms | light max ms | light failed | heavy requests | heavy answers by status | heavy p50 ms |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |",
    ...rows.map(
      ({ label, result: r }) =>
        `| ${label} | ${r.light.requests} | ${r.light.p50} | ${r.light.p95} | ${r.light.max} | ${r.light.failed} | ${r.heavy.requests} | ${Object.entries(r.heavy.byStatus)
          .map(([s, n]) => `${s}: ${n}`)
          .join(", ")} | ${r.heavy.p50Ms} |`,
    ),
  ].join("\n");
}
