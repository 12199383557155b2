import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sha256 } from "../../../lib/extract/eval/real-set";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/eval-extract.ts", ...args], { cwd: root, encoding: "utf8" });

/** A two-dispatch set of invented texts: one present and labelled, one never downloaded. */
function inventedSet(): string {
  const dir = mkdtempSync(join(tmpdir(), "eval-cli-"));
  mkdirSync(join(dir, "labels"));
  mkdirSync(join(dir, "texts"));
  const text = "Russian drones struck Izmail overnight, injuring six people, the governor said.\n";
  const quote = "Russian drones struck Izmail overnight, injuring six people, the governor said.";
  const row = (id: string, part: string, body: string) => ({
    id, publisher: "Invented Wire", url: `https://example.org/${id}`, published: "2023-09-13", publishedFrom: "invented",
    query: "invented", sha256: sha256(body), chars: body.length, text: "whole text", part, stratum: "injury", batch: "t",
  });
  writeFileSync(join(dir, "manifest.json"), JSON.stringify({ dispatches: [row("izmail", "dev", text), row("never-fetched", "dev", "x\n")] }));
  writeFileSync(join(dir, "labels", "izmail.json"), JSON.stringify({
    id: "izmail", published: "2023-09-13", notFacts: [],
    facts: [{ kind: "injury", date: "2023-09-13", country: "UA", place: "Izmail", injured: 6, killed: null, serious: null, attacker: "RU", quote, start: 0, end: quote.length }],
  }));
  writeFileSync(join(dir, "labels", "never-fetched.json"), JSON.stringify({ id: "never-fetched", published: "2023-09-13", facts: [], notFacts: [] }));
  writeFileSync(join(dir, "texts", "izmail.txt"), text);
  return dir;
}

describe("scripts/eval-extract.ts", () => {
  it("exits 2 naming the bad value for an unknown part, option or folder", () => {
    const part = run("--part", "test");
    expect(part.status).toBe(2);
    expect(part.stderr).toContain('invalid --part "test": expected dev, held or all');
    const option = run("--verbose");
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('unknown argument "--verbose"');
    const texts = run("--texts", "/no/such/folder");
    expect(texts.status).toBe(2);
    expect(texts.stderr).toContain('invalid --texts "/no/such/folder"');
  }, 30_000);

  it("scores the texts present, per kind, and lists the missing one instead of scoring it empty", () => {
    const dir = inventedSet();
    const r = run("--set", dir, "--json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { missing: Array<{ id: string; reason: string }>; score: { dispatches: number; kinds: Record<string, { tp: number; fn: number }> } };
    expect(out.score.dispatches).toBe(1);
    expect(out.score.kinds.injury).toMatchObject({ tp: 1, fn: 0 });
    expect(out.missing).toEqual([{ id: "never-fetched", part: "dev", reason: expect.stringMatching(/^not downloaded/) }]);
    const text = run("--set", dir);
    expect(text.stdout).toMatch(/injury\s+1\.00\s+1\.00\s+1\.00/);
    expect(text.stdout).toContain("Missing texts, not scored (1):");
  }, 30_000);

  it("--check fails on an edited text and names it", () => {
    const dir = inventedSet();
    expect(run("--set", dir, "--check").status).toBe(0);
    writeFileSync(join(dir, "texts", "izmail.txt"), "An edited text.\n");
    const r = run("--set", dir, "--check");
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/izmail \(dev\): hash mismatch/);
  }, 30_000);
});
