import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROLE_BITS, ROLLUP_METRICS } from "@/lib/db/rollups/definitions";
import { KIND_EXTRACTORS } from "@/lib/extract/kinds";
import { contractFact } from "@/lib/facts/contract";
import { apiFactSchema } from "@/lib/facts/api-fact";
import { FACT_ROW_SELECT } from "@/lib/facts/fact-row";
import { FACT_KINDS, KIND_DEFINITIONS, KIND_FIELDS, KINDS, fieldsOfKinds, type FactKind } from "@/lib/kinds";
import { KIND_CONTRACTS } from "@/lib/kinds/contracts";
import { KIND_SERVER } from "@/lib/kinds/server";
import type { KindDefinition } from "@/lib/kinds/kind-definition";
import { FACTS_ONLY_METRICS, METRICS, type MetricName } from "@/lib/series/metrics";
import { KIND_PALETTE } from "@/lib/vocabulary/tokens";

/**
 * What the type checker cannot see about a kind module (lib/kinds/<kind>/): its columns against
 * schema.prisma, its metrics against the rollups, its extractor against its name. Each failure
 * names the kind and what to add (docs/architecture.md, "A fact kind").
 */

const definitions = KINDS as readonly KindDefinition[];

/** The Fact model's columns and their Prisma types, read from a schema file. */
function factColumns(schemaPath: string): Map<string, string> {
  const schema = readFileSync(schemaPath, "utf8");
  const model = /model Fact \{([\s\S]*?)\n\}/.exec(schema)?.[1] ?? "";
  const columns = new Map<string, string>();
  for (const line of model.split("\n")) {
    const m = /^\s*(\w+)\s+(Int|Float|String)\??(\s|$)/.exec(line);
    if (m) columns.set(m[1]!, m[2]!);
  }
  return columns;
}

const PRISMA_TYPE = { INTEGER: "Int", REAL: "Float", TEXT: "String" } as const;

describe("a fact kind module", () => {
  it.each(["prisma/schema.prisma", "prisma/postgres/schema.prisma"])("has each field as a nullable Fact column of the type its definition says (%s)", (path) => {
    const columns = factColumns(path);
    for (const d of definitions) {
      for (const [field, spec] of Object.entries(d.fields)) {
        expect(columns.get(field), `${d.kind}.${field}: add the column to Fact (a migration, schema.prisma, npm run db:sync-postgres)`).toBe(PRISMA_TYPE[spec.column]);
      }
    }
  });

  it("shares a column with another kind only at the same type (count: drone and shelter)", () => {
    const typeOf = new Map<string, string>();
    for (const d of definitions) {
      for (const [field, spec] of Object.entries(d.fields)) {
        const had = typeOf.get(field);
        if (had) expect(spec.column, `${d.kind}.${field} is ${spec.column} but another kind's ${field} is ${had}`).toBe(had);
        typeOf.set(field, spec.column);
      }
    }
  });

  it("is selected by every fact query: FACT_ROW_SELECT names each kind's columns", () => {
    for (const field of fieldsOfKinds()) expect(FACT_ROW_SELECT.sql).toContain(`f."${field}"`);
  });

  it("names its own extractor plugin, and the extractor reads the kinds in their order", () => {
    for (const kind of FACT_KINDS) expect(KIND_SERVER[kind].extractor.kind, `lib/kinds/${kind}/server.ts names another kind's plugin`).toBe(kind);
    expect(KIND_EXTRACTORS.map((e) => e.kind)).toEqual([...FACT_KINDS]);
  });

  it("has every metric it declares rolled up, or listed as read from the facts only", () => {
    for (const d of definitions) {
      for (const metric of KIND_SERVER[d.kind as FactKind].metrics) {
        const rolled = ROLLUP_METRICS.find((r) => r.metric === metric);
        const factsOnly = FACTS_ONLY_METRICS.includes(metric as MetricName);
        expect(Boolean(rolled) || factsOnly, `${d.kind}'s metric ${metric}: add it to ROLLUP_METRICS (lib/db/rollups/definitions.ts) and run npm run db:rollup-migration, or list it in FACTS_ONLY_METRICS`).toBe(true);
        if (rolled) expect(rolled.kind, `ROLLUP_METRICS.${metric} sums another kind`).toBe(d.kind);
        expect(METRICS[metric as MetricName].kind).toBe(d.kind);
      }
    }
  });

  it("gives each party field a role the party rollup has a bit for", () => {
    for (const d of definitions) {
      for (const [field, spec] of Object.entries(d.fields)) {
        if (spec.party) expect(ROLE_BITS[spec.party], `${d.kind}.${field}: role ${spec.party} has no bit in ROLE_BITS`).toBeGreaterThan(0);
      }
    }
  });

  it("identifies an event by fields of its contract, never by a field only the server writes", () => {
    for (const kind of FACT_KINDS) {
      for (const field of KIND_SERVER[kind].sameEvent) expect(KIND_CONTRACTS[kind].fields, `${kind}.sameEvent names ${field}`).toHaveProperty(field);
    }
  });

  it("gives the contract, the API schema, the table order and the colour tokens from its one definition", () => {
    for (const kind of FACT_KINDS) {
      expect(Object.keys(KIND_DEFINITIONS[kind].fields)).toEqual(KIND_FIELDS[kind]);
      expect(KIND_PALETTE[kind]).toEqual(KIND_DEFINITIONS[kind].colour);
    }
    const stored = (kind: string) => Object.keys(KIND_CONTRACTS[kind as (typeof FACT_KINDS)[number]].stored);
    const optionsOf = (schema: { options: readonly { shape: Record<string, unknown> }[] }) =>
      Object.fromEntries(schema.options.map((o) => [String((o.shape.kind as { value: string }).value), Object.keys(o.shape)]));
    const contractKeys = optionsOf(contractFact as never);
    const apiKeys = optionsOf(apiFactSchema as never);
    for (const kind of FACT_KINDS) {
      const own = KIND_FIELDS[kind] as readonly string[];
      expect(contractKeys[kind]!.filter((k) => own.includes(k)).sort()).toEqual(own.filter((f) => !stored(kind).includes(f)).sort());
      expect(apiKeys[kind]!.filter((k) => own.includes(k)).sort()).toEqual([...own].sort());
    }
  });

  it("checks party fields of API facts as plain codes, and the contract's as known countries", () => {
    const fact = {
      id: 1, kind: "aid", date: "2024-03-01", country: "DE", place: null, region: null, lat: null, lon: null, status: "verified",
      confidence: 0.9, rule: null, quote: "Germany pledged 5 million euros.", start: 0, end: 32,
      source: { id: 1, title: "t", url: null, publisher: null, publishedAt: "2024-03-01" },
      amount: 5_000_000, currency: "EUR", amountEur: 5_000_000, rateUsed: null, rateDate: null, donor: "XX", recipient: "UA", category: null,
    };
    expect(apiFactSchema.safeParse(fact).success).toBe(true);
    expect(contractFact.safeParse({ ...fact, donor: "XX" }).success).toBe(false);
    expect(contractFact.safeParse({ ...fact, donor: "DE" }).success).toBe(true);
  });
});
