/**
 * The top cost centres of a piece of work, from V8's sampling profiler run in-process
 * (node:inspector): self time per function, and inclusive time per function of the project
 * (a function's time counted once per sample however deep it recurses). For bench-extract --profile.
 */
import { Session } from "node:inspector/promises";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = fileURLToPath(new URL("../", import.meta.url));

function label(n: ProfileNode): string {
  const { functionName, url } = n.callFrame;
  const file = url.startsWith("file://") ? relative(ROOT, fileURLToPath(url)).replace(/^(?:\.\.\/)*node_modules\//, "") : url;
  // V8 names regex code by its source: long patterns are cut.
  const name = functionName || "(anonymous)";
  return file ? `${name.length > 90 ? `${name.slice(0, 90)}…` : name}  ${file}` : name.length > 110 ? `${name.slice(0, 110)}…` : name;
}

/** Runs `work` (a named function) under the profiler and returns the report's lines (the top `top` of each table). */
export async function profileTop(work: () => void, top: number): Promise<string[]> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 250 });
  await session.post("Profiler.start");
  work();
  const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: Profile };
  session.disconnect();

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const callers = new Map<string, Map<string, number>>();
  const inclusive = new Map<string, number>();
  let total = 0;
  const within = (id: number) => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) if (byId.get(cur)?.callFrame.functionName === work.name) return true;
    return false;
  };
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    // Only the work's own samples: not the profiler's session, not idle time.
    if (!node || !within(id)) return;
    total += dt;
    self.set(label(node), (self.get(label(node)) ?? 0) + dt);
    const up = byId.get(parent.get(id) ?? -1);
    if (up) {
      const m = callers.get(label(node)) ?? new Map<string, number>();
      m.set(up.callFrame.functionName || "(anonymous)", (m.get(up.callFrame.functionName || "(anonymous)") ?? 0) + dt);
      callers.set(label(node), m);
    }
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (!n || !n.callFrame.url.includes("/lib/")) continue;
      const key = label(n);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  });
  const ms = (t: number) => `${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%`;
  // Regex matching is counted as its caller's self time: the main callers say whose patterns.
  const mainCallers = (k: string) =>
    [...(callers.get(k) ?? [])]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([c, t]) => `${c} ${Math.round((100 * t) / (self.get(k) ?? 1))}%`)
      .join(", ");
  const top_ = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `profile of one more pass (${(total / 1e6).toFixed(2)} s sampled), self time (main callers):`,
    ...top_(self).map(([k, t]) => `${ms(t)}  ${k}  (${mainCallers(k)})`),
    "inclusive time (project functions):",
    ...top_(inclusive).map(([k, t]) => `${ms(t)}  ${k}`),
  ];
}
