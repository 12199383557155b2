import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvStream, csvText } from "@/lib/csv/csv-response";
import { exportFilename } from "@/lib/csv/export-filename";
import { neutralizeFormula } from "@/lib/csv/neutralize-formula";

describe("formula neutralization", () => {
  it.each(["=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx"])("prefixes %j with an apostrophe", (value) => {
    expect(neutralizeFormula(value)).toBe(`'${value}`);
  });
  it("leaves ordinary text and numbers alone", () => {
    expect(neutralizeFormula("Sevastopol")).toBe("Sevastopol");
    expect(neutralizeFormula(-6)).toBe(-6);
    expect(neutralizeFormula(null)).toBe(null);
  });
});

describe("CSV text", () => {
  it("is RFC 4180: CRLF, quotes around commas, quotes and newlines, doubled inner quotes", () => {
    const text = csvText([{ a: 'He said "24", then left', b: "x,y", c: "line\nbreak" }], ["a", "b", "c"]);
    expect(text).toBe('a,b,c\r\n"He said ""24"", then left","x,y","line\nbreak"\r\n');
    expect(parse(text, { columns: true })).toEqual([{ a: 'He said "24", then left', b: "x,y", c: "line\nbreak" }]);
  });
  it("keeps UTF-8 text as is", () => {
    expect(csvText([{ q: "“Six civilians” — Razvojaïev" }], ["q"])).toContain("“Six civilians” — Razvojaïev");
  });
  it("neutralizes formula cells", () => {
    expect(csvText([{ q: "=HYPERLINK(\"x\")" }], ["q"])).toBe('q\r\n"\'=HYPERLINK(""x"")"\r\n');
  });
});

describe("CSV stream", () => {
  it("sends the header first and every record once, in order, across batches", async () => {
    async function* records() {
      for (let i = 0; i < 1234; i++) yield { n: i, s: i % 2 ? "odd" : "=even" };
    }
    const text = await new Response(csvStream(records(), ["n", "s"], 100)).text();
    const rows = parse(text, { columns: true }) as { n: string; s: string }[];
    expect(rows).toHaveLength(1234);
    expect(rows[0]).toEqual({ n: "0", s: "'=even" });
    expect(rows.at(-1)).toEqual({ n: "1233", s: "odd" });
  });
  it("with no records is just the header", async () => {
    async function* none() {}
    expect(await new Response(csvStream(none(), ["a", "b"])).text()).toBe("a,b\r\n");
  });
});

describe("export filename", () => {
  it("says what and which filters", () => {
    expect(exportFilename("facts", { kind: ["injury"], country: ["RO", "UA"], from: "2023-09-01", to: "2023-09-30" })).toBe(
      "factboard-facts_kind-injury_country-RO-UA_2023-09-01_to_2023-09-30.csv",
    );
    expect(exportFilename("series", {}, ["injured", "by-place"])).toBe("factboard-series_injured_by-place.csv");
  });
});
