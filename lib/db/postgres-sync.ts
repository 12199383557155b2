import fs from "node:fs";
import path from "node:path";
import { GENERATED_NOTE, translateMigration, translateSchema, type TriggerTables } from "./postgres-translate";

/** Where the PostgreSQL twin of the schema and migrations lives, relative to the project root. */
export const POSTGRES_DIR = path.join("prisma", "postgres");

/**
 * Every file of prisma/postgres as it should be, derived from prisma/schema.prisma and
 * prisma/migrations: relative path → content.
 */
export function expectedPostgresFiles(root: string = process.cwd()): Map<string, string> {
  const prismaDir = path.join(root, "prisma");
  const files = new Map<string, string>();
  const schema = fs.readFileSync(path.join(prismaDir, "schema.prisma"), "utf8");
  files.set(path.join(POSTGRES_DIR, "schema.prisma"), translateSchema(schema, prismaDir, path.join(root, POSTGRES_DIR)));
  files.set(
    path.join(POSTGRES_DIR, "migrations", "migration_lock.toml"),
    `# ${GENERATED_NOTE}\n# Applied by scripts/db-migrate.ts, not by \`prisma migrate\` (no schema engine offline).\nprovider = "postgresql"\n`,
  );
  const migrationsDir = path.join(prismaDir, "migrations");
  const triggers: TriggerTables = new Map();
  for (const name of fs.readdirSync(migrationsDir).filter((n) => fs.statSync(path.join(migrationsDir, n)).isDirectory()).sort()) {
    const sqlite = fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
    const translated = translateMigration(sqlite, `prisma/migrations/${name}`, triggers);
    files.set(path.join(POSTGRES_DIR, "migrations", name, "migration.sql"), `-- ${GENERATED_NOTE}\n${translated}`);
  }
  return files;
}

/** Files under prisma/postgres, relative to the root. */
function existingPostgresFiles(root: string): string[] {
  const dir = path.join(root, POSTGRES_DIR);
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((f) => path.join(POSTGRES_DIR, f))
    .filter((f) => fs.statSync(path.join(root, f)).isFile());
}

export interface SyncDifference {
  file: string;
  problem: "missing" | "differs" | "stale";
}

/** What differs between prisma/postgres and what the SQLite originals say it should be. */
export function postgresDifferences(root: string = process.cwd()): SyncDifference[] {
  const expected = expectedPostgresFiles(root);
  const differences: SyncDifference[] = [];
  for (const [file, content] of expected) {
    const full = path.join(root, file);
    if (!fs.existsSync(full)) differences.push({ file, problem: "missing" });
    else if (fs.readFileSync(full, "utf8") !== content) differences.push({ file, problem: "differs" });
  }
  for (const file of existingPostgresFiles(root)) if (!expected.has(file)) differences.push({ file, problem: "stale" });
  return differences;
}

/** Writes prisma/postgres from the SQLite originals; returns the files it changed or removed. */
export function writePostgresFiles(root: string = process.cwd()): SyncDifference[] {
  const differences = postgresDifferences(root);
  const expected = expectedPostgresFiles(root);
  for (const { file, problem } of differences) {
    const full = path.join(root, file);
    if (problem === "stale") {
      fs.rmSync(full);
      const parent = path.dirname(full);
      if (fs.readdirSync(parent).length === 0) fs.rmdirSync(parent);
    } else {
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, expected.get(file)!);
    }
  }
  return differences;
}
