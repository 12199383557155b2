import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractorOutput } from "../../../lib/facts/contract";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const sample = fileURLToPath(new URL("../../../../shared/seed/dispatch-2023-09-13.txt", import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/extract.ts", ...args], { cwd: root, encoding: "utf8" });

describe("scripts/extract.ts", () => {
  it("prints exactly { published, facts } per the contract with --json", () => {
    const r = run(sample, "--published", "2023-09-13", "--json");
    expect(r.status).toBe(0);
    const out = extractorOutput.parse(JSON.parse(r.stdout));
    expect(out.published).toBe("2023-09-13");
    expect(out.facts).toHaveLength(5);
  }, 30_000);

  it("prints a readable table without --json", () => {
    const r = run(sample, "--published", "2023-09-13");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^kind\s+date\s+country/);
    expect(r.stdout).toContain("5 fact(s)");
  }, 30_000);

  it("uses a day the dispatch states at its top when --published is absent, and says so on stderr", () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
    const file = join(dir, "dated.txt");
    writeFileSync(file, "KYIV, September 13, 2023\nRussian drones struck Izmail overnight, injuring six people.\n");
    const r = run(file, "--json");
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("2023-09-13");
    expect(JSON.parse(r.stdout)).toMatchObject({ published: "2023-09-13", facts: [{ kind: "injury", injured: 6 }] });
  }, 30_000);

  it("converts with --rates and prints the rate and its day beside amountEur", () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
    const file = join(dir, "aid.txt");
    writeFileSync(file, "Britain pledged £85 million in military aid to Ukraine on Tuesday.\n");
    const rates = fileURLToPath(new URL("../../fixtures/ecb-rates/made-up-eurofxref-hist.csv", import.meta.url));
    const r = run(file, "--published", "2023-09-13", "--rates", rates, "--json");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).facts[0]).toMatchObject({ amount: 85_000_000, currency: "GBP", amountEur: 100_000_000, rateUsed: 0.85, rateDate: "2023-09-12" });
  }, 30_000);

  it.each([
    [["--published", "2023-09-13"], /missing FILE/],
    [[sample, "--published", "2023-13-45"], /invalid --published "2023-13-45": expected a real day YYYY-MM-DD/],
    [[sample], /missing --published/],
    [["no-such-file.txt", "--published", "2023-09-13"], /cannot read FILE .*"no-such-file.txt"/],
    [[sample, "--published", "2023-09-13", "--rates", "nope.csv"], /cannot read --rates file .*"nope.csv"/],
    [[sample, "--frobnicate"], /unknown option "--frobnicate"/],
  ])("exits 2 naming the bad value for %j", (args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  }, 30_000);
});
