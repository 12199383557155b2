import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";

/** The production server (`npm start`'s server/start.ts) on a loopback port, against one database. */
export interface BenchServer {
  baseUrl: string;
  pid: number;
  /** Whether the server is still running, and the tail of what it printed. */
  status(): string;
  /** Resident memory of the server and its child processes, in MB. */
  rssMb(): number;
  stop(): Promise<void>;
}

export const BENCH_DIST_DIR = ".next-bench";

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

export function treeRssMb(pid: number): number {
  let kb = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      continue;
    }
    stack.push(...childrenOf(p));
  }
  return kb / 1024;
}

export async function startServer(databaseUrl: string, port: number, log: (s: string) => void = console.log): Promise<BenchServer> {
  if (port < 3300 || port > 3399) throw new Error(`bench servers use loopback ports 3300-3399, not ${port}`);
  const child: ChildProcess = spawn("node_modules/.bin/tsx", ["server/start.ts", "--hostname", "127.0.0.1", "--port", String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (s: string) => (output = (output + s).slice(-20_000));
  child.stdout?.setEncoding("utf8").on("data", keep);
  child.stderr?.setEncoding("utf8").on("data", keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited ${child.exitCode}: ${output.slice(-500)}`);
    try {
      const res = await fetch(`${baseUrl}/api/facts?limit=1`);
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`the server did not answer within 60 s: ${output.slice(-500)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`  server ${baseUrl} (pid ${child.pid}) on ${databaseUrl.replace(/:[^:@/]*@/, ":***@")}`);
  return {
    baseUrl,
    pid: child.pid!,
    rssMb: () => treeRssMb(child.pid!),
    status: () =>
      `${child.exitCode === null && child.signalCode === null ? "running" : `exited (code ${child.exitCode}, signal ${child.signalCode})`}; last output:\n${output.slice(-1500)}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      // Children first (the server may fork workers), then the process we started.
      for (const pid of childrenOf(child.pid!)) {
        try {
          process.kill(pid, "SIGTERM");
        } catch {
          // already gone
        }
      }
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}
