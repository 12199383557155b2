import type { KindDefinition } from "../kind-definition";

/** Shelters and other defensive structures built (guide §9). */
export const shelterKind = {
  kind: "shelter",
  labels: { one: "Shelter", many: "Shelters" },
  // Okabe–Ito's orange (#e69f00) is 2.25:1 on white: darkened to ochre.
  colour: { light: "#b07800", dark: "#f5b841" },
  fields: {
    count: { column: "INTEGER", header: "Count" },
    lengthM: { column: "REAL", header: "Length (m)" },
    widthM: { column: "REAL", header: "Width (m)" },
    heightM: { column: "REAL", header: "Height (m)" },
  },
} as const satisfies KindDefinition<"shelter">;
