import { z } from "zod";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { ApiFactOf } from "@/lib/facts/api-fact";
import type { ContractFact } from "@/lib/facts/contract";
import { count, countryCode } from "@/lib/facts/contract-fields";
import { FACT_KINDS, KINDS, type FactKind, type KindColumnValue, type KindOf } from "@/lib/kinds";
import { aidContract } from "@/lib/kinds/aid/contract";
import { droneContract } from "@/lib/kinds/drone/contract";
import { KIND_SERVER } from "@/lib/kinds/server";
import type { KindServer } from "@/lib/kinds/kind-server";
import { shelterExtractor } from "@/lib/extract/kinds/shelter";
import { injuryContract } from "@/lib/kinds/injury/contract";
import type { KindContract } from "@/lib/kinds/kind-contract";
import type { KindDefinition, KindForm } from "@/lib/kinds/kind-definition";
import { shelterContract } from "@/lib/kinds/shelter/contract";
import { METRICS, type MetricTable } from "@/lib/series/metrics";

/**
 * The type checker, not the browser, tells whoever adds a kind what it lacks. Each
 * `@ts-expect-error` below is a kind module missing a part: `npx tsc --noEmit` (run by npm test)
 * fails if any of them compiles, so these fixtures are the proof. The `it` blocks check the
 * same objects at run time.
 */

const _evacuationKind = {
  kind: "evacuation",
  labels: { one: "Evacuation", many: "Evacuations" },
  colour: { light: "#6b4c9a", dark: "#b9a2e0" },
  fields: {
    evacuated: { column: "INTEGER", header: "Evacuated" },
    from: { column: "TEXT", header: "From" },
  },
} as const satisfies KindDefinition<"evacuation">;

// A definition without its colour token.
// @ts-expect-error colour is missing
const _noColour = { kind: "evacuation", labels: { one: "E", many: "Es" }, fields: {} } satisfies KindDefinition<"evacuation">;

// A field without its column type (the SQL type its migration adds).
const _noColumnType = {
  kind: "evacuation",
  labels: { one: "E", many: "Es" },
  colour: { light: "#000", dark: "#fff" },
  // @ts-expect-error column is missing
  fields: { evacuated: { header: "Evacuated" } },
} satisfies KindDefinition<"evacuation">;

// A contract that forgets one of the definition's fields.
// @ts-expect-error from is missing
const _contractMissingField = { fields: { evacuated: count }, stored: {} } satisfies KindContract<typeof _evacuationKind>;

// A contract with a field its definition (so its column) does not have.
const _contractExtraField = {
  // @ts-expect-error people is not a field of the definition
  fields: { evacuated: count, from: countryCode.nullable(), people: count },
  stored: {},
} satisfies KindContract<typeof _evacuationKind>;

// A contract field whose schema gives another type than its column holds (text in an INTEGER column).
const _contractWrongType = {
  // @ts-expect-error evacuated is an INTEGER column, not text
  fields: { evacuated: z.string(), from: countryCode.nullable() },
  stored: {},
} satisfies KindContract<typeof _evacuationKind>;

// A review form that forgets a field a reviewer edits.
// @ts-expect-error from is missing
const _formMissingField = { evacuated: { label: "People evacuated", type: "count", required: true } } satisfies KindForm<typeof _evacuationKind>;

// The registries are keyed by FactKind: a kind in KINDS without its contract or extractor does not compile.
// @ts-expect-error shelter's contract is missing
const _contractsMissingKind = { injury: injuryContract, drone: droneContract, aid: aidContract } satisfies { [K in FactKind]: KindContract<KindOf<K>> };
const { shelter: _shelterServer, ...threeServers } = KIND_SERVER;
// @ts-expect-error shelter's server part (its extractor) is missing
const _serversMissingKind = threeServers satisfies { [K in FactKind]: KindServer<KindOf<K>> };

// A server part whose event key names a field the kind does not have.
// @ts-expect-error people is no field of the definition
const _sameEventUnknownField = { extractor: shelterExtractor, sameEvent: ["evacuated", "people"], metrics: ["evacuated"] } as const satisfies KindServer<typeof _evacuationKind>;

// METRICS must define exactly the metrics the kinds declare, each over its own kind.
const { shelters: _shelters, ...withoutShelters } = METRICS;
// @ts-expect-error shelter declares "shelters", which has no SQL here
const _metricMissing: MetricTable = withoutShelters;
// @ts-expect-error "evacuated" is declared by no kind
const _metricUndeclared = { ...METRICS, evacuated: { label: "Evacuated", unit: "people", kind: "injury" as const, value: METRICS.injured.value } } satisfies MetricTable;
// @ts-expect-error "shelters" sums another kind's rows
const _metricWrongKind: MetricTable = { ...METRICS, shelters: { ...METRICS.shelters, kind: "drone" } };

void [_formMissingField, _noColour, _noColumnType, _contractMissingField, _contractExtraField, _contractWrongType, _contractsMissingKind, _serversMissingKind, _sameEventUnknownField, _metricMissing, _metricUndeclared, _metricWrongKind, _shelterServer, _shelters];

describe("the types derived from the kind modules", () => {
  it("narrow API and contract facts by kind to the fields of the kind's definition", () => {
    expectTypeOf<ApiFactOf<"aid">["donor"]>().toEqualTypeOf<string | null>();
    expectTypeOf<ApiFactOf<"aid">["rateUsed"]>().toEqualTypeOf<number | null>();
    expectTypeOf<ApiFactOf<"shelter">["count"]>().toEqualTypeOf<number>();
    expectTypeOf<Extract<ContractFact, { kind: "drone" }>["outcome"]>().toEqualTypeOf<"shot_down" | "launched" | "hit">();
    // The contract has no server-written field; a field of another kind is no key of the fact.
    expectTypeOf<Extract<ContractFact, { kind: "aid" }>>().not.toHaveProperty("rateUsed");
    expectTypeOf<ApiFactOf<"injury">>().not.toHaveProperty("count");
    expectTypeOf<KindColumnValue<"lengthM">>().toEqualTypeOf<number | null>();
    expectTypeOf<KindColumnValue<"currency">>().toEqualTypeOf<string | null>();
  });

  it("lists the kinds in their definitions' order", () => {
    expectTypeOf(FACT_KINDS[0]).toEqualTypeOf<"injury">();
    expectTypeOf<(typeof FACT_KINDS)[number]>().toEqualTypeOf<FactKind>();
    expect([...FACT_KINDS]).toEqual(KINDS.map((k) => k.kind));
    expect(Object.keys(shelterContract.fields)).toEqual(["count", "lengthM", "widthM", "heightM"]);
  });
});
