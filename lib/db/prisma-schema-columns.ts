import fs from "node:fs";

/** A scalar column as schema.prisma declares it. */
export interface DeclaredColumn {
  table: string;
  column: string;
  type: string;
  nullable: boolean;
}

const SCALARS = new Set(["String", "Int", "Float", "Boolean", "DateTime", "BigInt", "Decimal", "Json", "Bytes"]);

/**
 * The scalar columns of every model in a schema.prisma file (relation fields skipped), so a
 * test can hold the hand-written SQL migrations to the schema column by column.
 */
export function readDeclaredColumns(schemaPath: string): DeclaredColumn[] {
  const source = fs.readFileSync(schemaPath, "utf8");
  const columns: DeclaredColumn[] = [];
  for (const match of source.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const [, table, body] = match;
    for (const line of (body ?? "").split("\n")) {
      const field = /^\s*(\w+)\s+(\w+)(\?|\[\])?/.exec(line.replace(/\/\/.*$/, ""));
      if (!field || line.trim().startsWith("@@")) continue;
      const [, column, type, modifier] = field;
      if (!column || !type || !SCALARS.has(type) || modifier === "[]") continue;
      const mapped = /@map\("([^"]+)"\)/.exec(line)?.[1];
      columns.push({ table: table!, column: mapped ?? column, type, nullable: modifier === "?" });
    }
  }
  return columns;
}
