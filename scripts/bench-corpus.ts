/**
 * The benchmark corpus shared by bench-extract.ts and extract-fingerprint.ts: N dispatches made by
 * mutating the sample and fixture dispatches with a seeded generator (numbers, weekdays, places
 * and paragraph order change), so every run reads the same texts.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const FIXTURE_SETS = ["dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5"];

/** mulberry32: a small seeded generator, so every run benchmarks the same texts. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The sample dispatch, then (for "all") every fixture dispatch. */
export function benchSources(sources: "all" | "seed"): string[] {
  const texts = [readFileSync(`${ROOT}../shared/seed/dispatch-2023-09-13.txt`, "utf8")];
  if (sources === "seed") return texts;
  for (const set of FIXTURE_SETS) {
    const dir = `${ROOT}tests/fixtures/dispatches/${set}`;
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) texts.push(readFileSync(`${dir}/${f}`, "utf8"));
  }
  return texts;
}

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const PLACES = ["Kharkiv", "Odesa", "Kherson", "Sumy", "Dnipro", "Mykolaiv", "Zaporizhzhia", "Belgorod", "Kursk", "Izmail"];

function mutate(text: string, rnd: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const paragraphs = text
    .replace(/\b\d{1,3}\b(?![-\d])/g, (n) => String(Math.max(1, Math.round(Number(n) * (0.5 + rnd())))))
    .replace(new RegExp(`\\b(?:${WEEKDAYS.join("|")})\\b`, "g"), () => pick(WEEKDAYS))
    .replace(new RegExp(`\\b(?:${PLACES.join("|")})\\b`, "g"), () => pick(PLACES))
    .split("\n");
  // Keep the first line (a heading) and shuffle a few of the rest.
  for (let i = paragraphs.length - 1; i > 1; i--) {
    if (rnd() < 0.3) {
      const j = 1 + Math.floor(rnd() * i);
      [paragraphs[i], paragraphs[j]] = [paragraphs[j] ?? "", paragraphs[i] ?? ""];
    }
  }
  return paragraphs.join("\n");
}

/** `count` mutated dispatches, cycling through the sources. */
export function benchDispatches(base: string[], count: number, seed: number): string[] {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, i) => mutate(base[i % base.length] ?? "", rnd));
}
