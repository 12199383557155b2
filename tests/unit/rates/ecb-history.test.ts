import fs from "node:fs";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseEcbHistory } from "@/lib/rates/ecb-history";
import { renderCoverageModule } from "@/lib/rates/coverage-module";
import { euroValue, missingRateReason } from "@/lib/rates/euro-value";
import { ECB_COVERAGE } from "@/lib/rates/ecb-coverage";
import { SHIPPED_RATES_FILE } from "@/lib/rates/shipped-rates";

const SMALL = `Date,USD,NOK,RUB,
2023-09-08,1.0704,11.4590,N/A,
2023-09-07,1.0720,11.4725,N/A,
2022-03-01,1.1139,11.1123,117.2930,
2022-02-28,1.1240,11.0220,108.7800,
`;

describe("ECB history", () => {
  const history = parseEcbHistory(SMALL);

  it("converts an amount at its day's rate, and names the rate and its day", () => {
    expect(euroValue(1_145_900, "NOK", "2023-09-08", history)).toEqual({ eur: 100_000, rate: 11.459, rateDate: "2023-09-08" });
  });

  it("uses the latest working day before a weekend day", () => {
    expect(euroValue(1070.4, "USD", "2023-09-10", history)).toMatchObject({ rate: 1.0704, rateDate: "2023-09-08" });
  });

  it("says so when the ECB stopped publishing a currency, rather than reusing its last rate", () => {
    expect(euroValue(1000, "RUB", "2023-09-08", history)).toEqual({ eur: null, reason: "the ECB stopped publishing RUB after 2022-03-01" });
  });

  it("says so for a currency the ECB never publishes", () => {
    expect(euroValue(1000, "UAH", "2023-09-08", history)).toEqual({ eur: null, reason: "the ECB publishes no euro reference rate for UAH" });
  });

  it("says so for a day after the file ends or before a currency starts", () => {
    expect(euroValue(1000, "USD", "2024-01-02", history)).toMatchObject({ eur: null, reason: expect.stringContaining("ends on 2023-09-08") });
    expect(euroValue(1000, "USD", "2021-01-04", history)).toEqual({ eur: null, reason: "no ECB rate for USD before 2022-02-28" });
  });

  it("refuses a file that is not the ECB history, naming the bad value", () => {
    expect(() => parseEcbHistory("Day,USD\n2023-01-02,1.1\n")).toThrow(/first column is "Day"/);
    expect(() => parseEcbHistory("Date,USD,\n2023-13-02,1.1,\n")).toThrow(/line 2: "2023-13-02"/);
    expect(() => parseEcbHistory("Date,USD,\n2023-01-02,abc,\n")).toThrow(/USD rate "abc"/);
    expect(() => parseEcbHistory("Date,USD,\n2023-01-02,1.1,\n2023-01-02,1.2,\n")).toThrow(/appears twice/);
    expect(() => parseEcbHistory("Date,usd,\n2023-01-02,1.1,\n")).toThrow(/"usd" is not a currency code/);
  });

  it("the shipped file parses, reaches 2026-04-13, and the browser's coverage summary matches it", () => {
    const shipped = parseEcbHistory(fs.readFileSync(SHIPPED_RATES_FILE, "utf8"));
    expect([shipped.firstDay, shipped.lastDay]).toEqual(["1999-01-04", "2026-04-13"]);
    expect(fs.readFileSync("lib/rates/ecb-coverage.ts", "utf8")).toBe(renderCoverageModule(shipped));
    expect(missingRateReason("RUB", "2024-05-01", ECB_COVERAGE)).toBe("the ECB stopped publishing RUB after 2022-03-01");
    expect(missingRateReason("DKK", "2024-05-01", ECB_COVERAGE)).toBeNull();
  });
});

describe("npm run rates:refresh", () => {
  const run = (...args: string[]) => spawnSync("node_modules/.bin/tsx", ["scripts/rates-refresh.ts", ...args], { encoding: "utf8" });

  it("exits 2 with the reason on a bad file, and leaves the shipped file alone", () => {
    const before = fs.readFileSync(SHIPPED_RATES_FILE, "utf8");
    const bad = "/tmp/factboard-bad-eurofxref.csv";
    fs.writeFileSync(bad, "Date,USD,\n2026-05-01,not-a-rate,\n");
    const r = run(bad);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/USD rate "not-a-rate" is not a positive number/);
    expect(run("/tmp/no-such-eurofxref.csv").status).toBe(2);
    expect(fs.readFileSync(SHIPPED_RATES_FILE, "utf8")).toBe(before);
  }, 30_000);

  it("exits 2 on a file older than the shipped one", () => {
    const old = "/tmp/factboard-old-eurofxref.csv";
    fs.writeFileSync(old, SMALL);
    const r = run(old);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/starts on 2022-02-28, later than the shipped file/);
  }, 30_000);
});
