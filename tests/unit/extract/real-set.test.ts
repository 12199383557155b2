import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { contractFact } from "../../../lib/facts/contract";
import { loadRealSet, offsetErrors, readLabels, readManifest } from "../../../lib/extract/eval/real-set";
import { KEY_FIELDS } from "../../../lib/extract/eval/score";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const fixtures = fileURLToPath(new URL("../../fixtures", import.meta.url));
const dir = join(fixtures, "real");
const rows = readManifest(dir);
/** Every labelled set of real dispatches: the development set and the held-out sets built after it. */
const SETS = readdirSync(fixtures).filter((name) => /^real(?:-|$)/.test(name));

describe.each(SETS)("the real set %s", (name) => {
  const setDir = join(fixtures, name);
  const setRows = readManifest(setDir);

  it("has a labels file for every dispatch and keeps each kind's fields in the extractor's shape", () => {
    expect(setRows.length).toBeGreaterThan(0);
    for (const row of setRows) {
      for (const f of readLabels(setDir, row)) {
        for (const field of KEY_FIELDS[f.kind]) expect(f, `${row.id} ${f.kind} ${field}`).toHaveProperty(field);
        // A label is a contract fact except that a deaths-only injury has no injured count.
        const asFact = { ...f, confidence: 1, injured: f.kind === "injury" && f.injured === null ? 0 : f.injured };
        expect(contractFact.safeParse(asFact).success, `${row.id}: ${f.quote.slice(0, 40)}`).toBe(true);
      }
    }
  });

  it("quotes every label exactly at its offsets in the texts present", () => {
    const { present } = loadRealSet(setDir, join(setDir, "texts"), ["dev", "held"]);
    expect(present.flatMap(offsetErrors)).toEqual([]);
  });

  it("keeps the copyrighted texts out of git", () => {
    const ignored = spawnSync("git", ["check-ignore", "-q", `tests/fixtures/${name}/texts/x.txt`], { cwd: root });
    expect(ignored.status, `tests/fixtures/${name}/texts/ must be git-ignored`).toBe(0);
    const tracked = spawnSync("git", ["ls-files", `tests/fixtures/${name}/texts`], { cwd: root, encoding: "utf8" });
    expect(tracked.stdout).toBe("");
  });
});

describe("the real sets together", () => {
  it("never use one page twice, so a held-out set is never text the extractor was developed on", () => {
    const seen = new Map<string, string>();
    for (const name of SETS) {
      for (const row of readManifest(join(fixtures, name))) {
        expect(seen.get(row.url), `${row.url} in ${name}`).toBeUndefined();
        expect(seen.get(row.id), `id ${row.id} in ${name}`).toBeUndefined();
        seen.set(row.url, name);
        seen.set(row.id, name);
      }
    }
    expect(SETS.length).toBeGreaterThanOrEqual(6);
  });
});

describe("the real development set", () => {

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
});
