import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crlfRecordEnds } from "@/lib/csv/crlf";
import { csvLine } from "@/lib/csv/csv-line";
import { inlineParameters } from "@/lib/db/postgres-copy";
import { join, sql } from "@/lib/db/sql";
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
  it("reads back as written for any text, through a standard CSV parser", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: "binary", maxLength: 12 }), { minLength: 3, maxLength: 3 }), { maxLength: 8 }), (rows) => {
        const text = csvText(rows.map(([a, b, c]) => ({ a, b, c })), ["a", "b", "c"]);
        const parsed = parse(text, { columns: true, relax_column_count: false }) as Record<string, string>[];
        expect(parsed).toEqual(rows.map((r) => Object.fromEntries(["a", "b", "c"].map((k, i) => [k, neutralizeFormula(r[i]!)]))));
      }),
      { seed: 4, numRuns: 500 },
    );
  });
  it("writes numbers, booleans and days plainly and nulls as empty", () => {
    expect(csvText([{ n: -6.5, b: true, d: new Date("2023-09-13T00:00:00Z"), z: null }], ["n", "b", "d", "z", "missing"])).toBe(
      "n,b,d,z,missing\r\n-6.5,true,2023-09-13T00:00:00.000Z,,\r\n",
    );
  });
  it("neutralizes formula cells", () => {
    expect(csvText([{ q: "=HYPERLINK(\"x\")" }], ["q"])).toBe('q\r\n"\'=HYPERLINK(""x"")"\r\n');
  });
});

describe("CSV stream", () => {
  it("sends the header first and every record once, in order, across batches", async () => {
    async function* batches() {
      for (let start = 0; start < 1234; start += 100) {
        yield Array.from({ length: Math.min(100, 1234 - start) }, (_, j) => csvLine([start + j, (start + j) % 2 ? "odd" : "=even"])).join("");
      }
    }
    const text = await new Response(csvStream(batches(), ["n", "s"])).text();
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

describe("CRLF record ends for PostgreSQL's COPY output", () => {
  const convert = (chunks: string[]) => {
    const toCrlf = crlfRecordEnds();
    return chunks.map((c) => Buffer.from(toCrlf(Buffer.from(c))).toString("utf8")).join("");
  };
  it("ends records with CRLF and leaves line breaks inside quoted fields alone, whatever the chunking", () => {
    const copy = 'id,quote\n1,"two\nlines"\n2,"say ""hi""\nthen go"\n3,plain\n';
    const expected = 'id,quote\r\n1,"two\nlines"\r\n2,"say ""hi""\nthen go"\r\n3,plain\r\n';
    expect(convert([copy])).toBe(expected);
    for (let cut = 1; cut < copy.length; cut++) expect(convert([copy.slice(0, cut), copy.slice(cut)])).toBe(expected);
    expect(parse(expected, { columns: true })).toEqual([{ id: "1", quote: "two\nlines" }, { id: "2", quote: 'say "hi"\nthen go' }, { id: "3", quote: "plain" }]);
  });
});

describe("parameters written in as literals for COPY", () => {
  it("quotes strings the standard way and writes numbers plainly", () => {
    const query = sql`SELECT * FROM "Fact" f WHERE f."country" IN (${join(["UA", "C'te"])}) AND f."id" > ${41} AND f."date" >= ${"2023-01-01"}`;
    expect(inlineParameters(query)).toBe(`SELECT * FROM "Fact" f WHERE f."country" IN ('UA','C''te') AND f."id" > 41 AND f."date" >= '2023-01-01'`);
  });
  it("refuses a value it cannot write safely", () => {
    expect(() => inlineParameters(sql`SELECT ${Number.NaN}`)).toThrow(/cannot write number/);
    expect(() => inlineParameters(sql`SELECT ${{ a: 1 }}`)).toThrow(/cannot write object/);
  });
});
