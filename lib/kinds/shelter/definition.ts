import type { KindDefinition } from "../kind-definition";

/** Shelters and other defensive structures built (guide §9). */
export const shelterKind = {
  kind: "shelter",
  labels: { one: "Shelter", many: "Shelters" },
  // Okabe–Ito's orange (#e69f00) is 2.25:1 on white: darkened to ochre.
  colour: { light: "#b07800", dark: "#f5b841" },
  fields: {
    count: { column: "INTEGER", header: "Count", label: "Shelters", input: "count", required: true },
    lengthM: { column: "REAL", header: "Length (m)", label: "Length (m)", input: "measure" },
    widthM: { column: "REAL", header: "Width (m)", label: "Width (m)", input: "measure" },
    heightM: { column: "REAL", header: "Height (m)", label: "Height (m)", input: "measure" },
  },
  sameEvent: ["count"],
  metrics: ["shelters"],
} as const satisfies KindDefinition<"shelter">;
