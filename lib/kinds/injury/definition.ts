import type { KindDefinition } from "../kind-definition";

/** People injured or killed in an attack (guide §5). */
export const injuryKind = {
  kind: "injury",
  labels: { one: "Injury", many: "Injuries" },
  colour: { light: "#d55e00", dark: "#ff8c4a" },
  fields: {
    // Null when the text states deaths only ("a woman was killed"): the annotation guide scores killed then.
    injured: { column: "INTEGER", header: "Injured", label: "Injured", input: "count", required: true },
    killed: { column: "INTEGER", header: "Killed", label: "Killed", input: "count" },
    serious: { column: "INTEGER", header: "Serious", label: "Of whom serious", input: "count" },
    attacker: { column: "TEXT", header: "Attacker", label: "Attacker (country)", input: "country", party: "attacker" },
  },
  sameEvent: ["injured"],
  metrics: ["injured", "killed", "serious"],
} as const satisfies KindDefinition<"injury">;
