import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { contractFact } from "../../../lib/facts/contract";
import { loadRealSet, offsetErrors, readLabels, readManifest } from "../../../lib/extract/eval/real-set";
import { KEY_FIELDS } from "../../../lib/extract/eval/score";

const dir = fileURLToPath(new URL("../../fixtures/real", import.meta.url));
const rows = readManifest(dir);

describe("the real development set", () => {
  it("has a labels file for every dispatch and keeps each kind's fields in the extractor's shape", () => {
    for (const row of rows) {
      for (const f of readLabels(dir, row)) {
        for (const field of KEY_FIELDS[f.kind]) expect(f, `${row.id} ${f.kind} ${field}`).toHaveProperty(field);
        // A label is a contract fact except that a deaths-only injury has no injured count.
        const asFact = { ...f, confidence: 1, injured: f.kind === "injury" && f.injured === null ? 0 : f.injured };
        expect(contractFact.safeParse(asFact).success, `${row.id}: ${f.quote.slice(0, 40)}`).toBe(true);
      }
    }
  });

  it("is split once into dev and held, about a third held in every stratum", () => {
    const strata = new Map<string, { dev: number; held: number }>();
    for (const r of rows) {
      const s = strata.get(r.stratum) ?? { dev: 0, held: 0 };
      s[r.part]++;
      strata.set(r.stratum, s);
    }
    for (const [stratum, s] of strata) {
      const held = s.held / (s.dev + s.held);
      expect(held, stratum).toBeGreaterThan(0.2);
      expect(held, stratum).toBeLessThan(0.45);
    }
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it("quotes every label exactly at its offsets in the texts present", () => {
    const { present } = loadRealSet(dir, join(dir, "texts"), ["dev", "held"]);
    expect(present.flatMap(offsetErrors)).toEqual([]);
  });

  it("keeps the copyrighted texts out of git", () => {
    const ignore = readFileSync(fileURLToPath(new URL("../../../.gitignore", import.meta.url)), "utf8");
    expect(ignore).toMatch(/^\/tests\/fixtures\/real\/texts\/$/m);
    const tracked = spawnSync("git", ["ls-files", "tests/fixtures/real/texts"], { cwd: fileURLToPath(new URL("../../../", import.meta.url)), encoding: "utf8" });
    expect(tracked.stdout).toBe("");
  });
});
