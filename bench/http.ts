import autocannon from "autocannon";
import { csvRecordCounter } from "./bench-database";

/**
 * fetch, once more if a kept-alive connection turns out closed: after a pause longer than the
 * server's keep-alive timeout (a slow naive query), the pooled socket may be gone.
 */
async function fetchFresh(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (err) {
    const code = (err as { cause?: { code?: string } }).cause?.code;
    if (code !== "UND_ERR_SOCKET" && code !== "ECONNRESET") throw err;
    return fetch(url, init);
  }
}

/** GET a URL that is expected to answer with `status`, and read the whole body. */
export async function getExpecting(url: string, status: number): Promise<number> {
  const res = await fetchFresh(url);
  const body = await res.arrayBuffer();
  if (res.status !== status) throw new Error(`GET ${url} → ${res.status}, expected ${status}`);
  return body.byteLength;
}

/** GET a URL and read the whole body; throws on a non-2xx answer. */
export async function getOk(url: string): Promise<number> {
  const res = await fetchFresh(url);
  const body = await res.arrayBuffer();
  if (!res.ok) throw new Error(`GET ${url} → ${res.status}: ${Buffer.from(body).toString("utf8").slice(0, 200)}`);
  return body.byteLength;
}

export interface StreamedCsv {
  rows: number;
  bytes: number;
  firstByteMs: number;
  seconds: number;
  peakRssMb: number;
  startRssMb: number;
  /** Server RSS when a quarter, half, three quarters and all of the rows had arrived. */
  rssAtQuarters: number[];
}

/**
 * Downloads a CSV export, counting records as they arrive and sampling the server's memory
 * meanwhile, also at each quarter of `expectedRows`: flat from the first quarter to the end
 * means memory does not grow with the rows sent.
 */
export async function streamCsv(url: string, rssMb: () => number, expectedRows: number): Promise<StreamedCsv> {
  const startRssMb = rssMb();
  let peakRssMb = startRssMb;
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, rssMb())), 100);
  const started = performance.now();
  try {
    // Uncompressed, like the database's own export it is compared with (fetch asks for gzip by default).
    const res = await fetchFresh(url, { headers: { "accept-encoding": "identity" } });
    if (!res.ok || !res.body) throw new Error(`GET ${url} → ${res.status}`);
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    const counter = csvRecordCounter();
    let firstByteMs = Number.NaN;
    let bytes = 0;
    const rssAtQuarters: number[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - started;
      bytes += value.byteLength;
      counter.push(decoder.decode(value, { stream: true }));
      while (rssAtQuarters.length < 3 && counter.records - 1 >= (expectedRows * (rssAtQuarters.length + 1)) / 4) rssAtQuarters.push(rssMb());
    }
    rssAtQuarters.push(rssMb());
    // The header line is a record too.
    return { rows: counter.records - 1, bytes, firstByteMs, seconds: (performance.now() - started) / 1000, peakRssMb: Math.max(peakRssMb, rssMb()), startRssMb, rssAtQuarters };
  } finally {
    clearInterval(sampler);
  }
}

export interface LoadResult {
  requests: number;
  rps: number;
  latencyP50: number;
  latencyP99: number;
  /** Non-2xx answers, socket errors and timeouts. */
  errors: number;
}

/** `connections` clients hitting the paths in turn for `seconds`, on loopback only. */
export async function loadTest(baseUrl: string, paths: string[], connections: number, seconds: number): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(baseUrl)) throw new Error(`load tests go to 127.0.0.1 only, not ${baseUrl}`);
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    timeout: 30,
    requests: paths.map((path) => ({ method: "GET", path })),
  });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
