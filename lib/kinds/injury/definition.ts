import type { KindDefinition } from "../kind-definition";

/** People injured or killed in an attack (guide §5). */
export const injuryKind = {
  kind: "injury",
  labels: { one: "Injury", many: "Injuries" },
  colour: { light: "#d55e00", dark: "#ff8c4a" },
  fields: {
    // Null when the text states deaths only ("a woman was killed"): the annotation guide scores killed then.
    injured: { column: "INTEGER", header: "Injured" },
    killed: { column: "INTEGER", header: "Killed" },
    serious: { column: "INTEGER", header: "Serious" },
    attacker: { column: "TEXT", header: "Attacker", party: "attacker" },
  },
} as const satisfies KindDefinition<"injury">;
