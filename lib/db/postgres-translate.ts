import path from "node:path";
import { tokenizeSql, type SqlToken } from "./sql-tokens";

/**
 * SQLite → PostgreSQL, for our own schema and migrations only. The SQLite files are the one
 * source of truth; this turns them into their PostgreSQL twins (scripts/sync-postgres-schema.ts).
 * It knows the handful of constructs our migrations use and refuses anything else by name,
 * so a new SQLite-only idiom fails the sync instead of producing a migration that half works.
 */

export class TranslationError extends Error {}

const TYPE_RULES: [RegExp, string][] = [
  // PostgreSQL tables are heaps either way: a SQLite storage choice, nothing to translate.
  [/\)\s*WITHOUT\s+ROWID\b/gi, ")"],
  [/\bINTEGER(\s+NOT\s+NULL)?\s+PRIMARY\s+KEY\s+AUTOINCREMENT\b/gi, "SERIAL$1 PRIMARY KEY"],
  [/\bDATETIME\b(?!\s*\()/gi, "TIMESTAMP(3)"],
  [/\bREAL\b/gi, "DOUBLE PRECISION"],
];

const UNSUPPORTED: [RegExp, string][] = [
  [/\bAUTOINCREMENT\b/i, "AUTOINCREMENT outside INTEGER PRIMARY KEY"],
  [/\bPRAGMA\b/i, "PRAGMA"],
  [/\bWITHOUT\s+ROWID\b/i, "WITHOUT ROWID not right after a table's closing parenthesis"],
  [/\bINSERT\s+OR\s+\w+/i, "INSERT OR REPLACE/IGNORE (use ON CONFLICT)"],
  [/\b(datetime|julianday|strftime|date|time|ifnull|iif|printf|instr|unixepoch|group_concat)\s*\(/i, "a SQLite-only function"],
  [/\bGLOB\b/i, "GLOB"],
  [/\bDROP\s+TRIGGER\b/i, "DROP TRIGGER of a trigger no earlier migration created (PostgreSQL needs ON <table>)"],
];

function rewriteCode(tokens: SqlToken[], where: string): string {
  return tokens
    .map((t) => {
      if (t.type !== "code") return t.text;
      for (const [pattern, what] of UNSUPPORTED) {
        const hit = pattern.exec(TYPE_RULES.reduce((s, [p, r]) => s.replace(p, r), t.text));
        if (hit) throw new TranslationError(`${where}: cannot translate ${what} to PostgreSQL: "${hit[0]}"`);
      }
      return TYPE_RULES.reduce((s, [p, r]) => s.replace(p, r), t.text);
    })
    .join("");
}

/**
 * SQLite's date(X, …) in the two forms our migrations use, rewritten for PostgreSQL:
 *   date(X, 'weekday 0', '-6 days')  (the Monday of X's week) → to_char(date_trunc('week', (X)::date), 'YYYY-MM-DD')
 *   date(X, '+N days') / '-N days'   → to_char((X)::date + N, 'YYYY-MM-DD')
 * Quotes are respected: a "date(" inside a string or a quoted name is left alone.
 */
function rewriteDateCalls(sql: string, where: string): string {
  let out = "";
  let i = 0;
  let quote: string | null = null;
  while (i < sql.length) {
    const c = sql[i]!;
    if (quote) {
      out += c;
      if (c === quote) quote = null;
      i += 1;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      out += c;
      i += 1;
      continue;
    }
    if (sql.startsWith("--", i) || sql.startsWith("/*", i)) {
      const end = sql.startsWith("--", i) ? sql.indexOf("\n", i) : sql.indexOf("*/", i) + 2;
      const stop = end <= 0 || end === 1 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop;
      continue;
    }
    const call = /^date\s*\(/i.exec(sql.slice(i));
    if (call && !/[A-Za-z0-9_."]/.test(sql[i - 1] ?? "")) {
      // Arguments up to the matching parenthesis, split at top-level commas.
      let depth = 1;
      let j = i + call[0].length;
      let inner: string | null = null;
      const args: string[] = [];
      let start = j;
      for (; j < sql.length && depth > 0; j++) {
        const d = sql[j]!;
        if (inner) {
          if (d === inner) inner = null;
        } else if (d === '"' || d === "'") inner = d;
        else if (d === "(") depth += 1;
        else if (d === ")") depth -= 1;
        else if (d === "," && depth === 1) {
          args.push(sql.slice(start, j).trim());
          start = j + 1;
        }
      }
      args.push(sql.slice(start, j - 1).trim());
      const [x, ...modifiers] = args;
      const shift = modifiers.length === 1 ? /^'([+-]\d+) days?'$/.exec(modifiers[0]!) : null;
      if (modifiers.length === 2 && modifiers[0] === "'weekday 0'" && modifiers[1] === "'-6 days'") {
        out += `to_char(date_trunc('week', (${rewriteDateCalls(x!, where)})::date), 'YYYY-MM-DD')`;
      } else if (shift) {
        out += `to_char((${rewriteDateCalls(x!, where)})::date + ${Number(shift[1])}, 'YYYY-MM-DD')`;
      } else {
        throw new TranslationError(`${where}: cannot translate date(${args.join(", ")}) to PostgreSQL: only date(x, 'weekday 0', '-6 days') and date(x, '±N days')`);
      }
      i = j;
      continue;
    }
    out += c;
    i += 1;
  }
  return out;
}

interface Segment {
  text: string;
  statement: boolean;
}

/**
 * Cuts a script into statements and what lies between them (comments, blank lines). A trigger
 * runs from CREATE TRIGGER to the END that closes its BEGIN, past the semicolons inside and the
 * END of any CASE in its body.
 */
function segments(sql: string): Segment[] {
  const out: Segment[] = [];
  let current = "";
  let words: string[] = [];
  let begun = false;
  let caseDepth = 0;
  let triggerClosed = false;
  const isTrigger = () => words[0] === "CREATE" && (words[1] === "TRIGGER" || (words[1] === "TEMP" && words[2] === "TRIGGER"));
  const finish = () => {
    out.push({ text: current, statement: true });
    current = "";
    words = [];
    begun = false;
    caseDepth = 0;
    triggerClosed = false;
  };
  for (const token of tokenizeSql(sql)) {
    if (token.type !== "code") {
      if (token.type === "comment" && words.length === 0) out.push({ text: token.text, statement: false });
      else current += token.text;
      if (token.type === "identifier" && words.length < 3) words.push("<id>");
      continue;
    }
    for (const piece of token.text.match(/[A-Za-z_][A-Za-z_0-9]*|;|[^A-Za-z_;]+/g) ?? []) {
      if (piece === ";") {
        current += piece;
        if (!isTrigger() || triggerClosed) finish();
        continue;
      }
      if (/^[A-Za-z_]/.test(piece)) {
        const word = piece.toUpperCase();
        if (words.length < 3) words.push(word);
        if (isTrigger()) {
          if (word === "BEGIN" && !begun) begun = true;
          else if (begun && word === "CASE") caseDepth += 1;
          else if (begun && word === "END") {
            if (caseDepth > 0) caseDepth -= 1;
            else triggerClosed = true;
          }
        }
      }
      if (words.length === 0 && /^\s+$/.test(piece)) out.push({ text: piece, statement: false });
      else current += piece;
    }
  }
  if (current.trim()) throw new TranslationError(`statement without a closing semicolon: ${current.trim().slice(0, 80)}`);
  if (current) out.push({ text: current, statement: false });
  return out;
}

const TRIGGER = new RegExp(
  String.raw`^CREATE\s+TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?("[^"]+"|\w+)\s+(BEFORE|AFTER)\s+(INSERT|DELETE|UPDATE(?:\s+OF\s+[\s\S]+?)?)\s+ON\s+("[^"]+"|\w+)\s+(?:FOR\s+EACH\s+ROW\s+)?(?:WHEN\s+([\s\S]+?)\s+)?BEGIN\b([\s\S]*)\bEND\s*;$`,
  "i",
);

/** Triggers created so far (name → table), for DROP TRIGGER, which PostgreSQL wants with ON <table>. */
export type TriggerTables = Map<string, string>;

const DROP_TRIGGER = /^DROP\s+TRIGGER\s+(IF\s+EXISTS\s+)?("[^"]+"|\w+)\s*;$/i;

/** DROP TRIGGER "t" → the trigger on its table and the function a CREATE TRIGGER translated to. */
function translateDropTrigger(statement: string, triggers: TriggerTables, where: string): string | null {
  const m = DROP_TRIGGER.exec(statement.trim());
  if (!m) return null;
  const bare = m[2]!.replace(/^"|"$/g, "");
  const table = triggers.get(bare);
  if (!table) throw new TranslationError(`${where}: DROP TRIGGER ${bare}: no earlier migration created it, so its table is unknown`);
  triggers.delete(bare);
  const ifExists = m[1] ? "IF EXISTS " : "";
  return `DROP TRIGGER ${ifExists}"${bare}" ON ${table};\nDROP FUNCTION ${ifExists}"${bare}_fn"();`;
}

/** A SQLite row trigger becomes a PL/pgSQL function and a trigger that runs it for each row. */
function translateTrigger(statement: string, where: string, triggers: TriggerTables): string {
  const m = TRIGGER.exec(statement.trim());
  if (!m) throw new TranslationError(`${where}: cannot read trigger: ${statement.trim().slice(0, 120)}`);
  const [, name, timing, event, table, when, body] = m as unknown as [string, string, string, string, string, string | undefined, string];
  const bare = name.replace(/^"|"$/g, "");
  triggers.set(bare, table);
  const fn = `"${bare}_fn"`;
  const translatedBody = rewriteCode(tokenizeSql(body), `${where}, trigger ${bare}`).replace(/^\n+|\s+$/g, "");
  const returned = timing.toUpperCase() === "AFTER" ? "NULL" : event.toUpperCase() === "DELETE" ? "OLD" : "NEW";
  const condition = when ? ` WHEN (${rewriteCode(tokenizeSql(when), `${where}, trigger ${bare}`).trim()})` : "";
  return [
    `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $fn$`,
    "BEGIN",
    translatedBody,
    `  RETURN ${returned};`,
    "END",
    "$fn$;",
    `CREATE TRIGGER ${name} ${timing.toUpperCase()} ${event.replace(/\s+/g, " ")} ON ${table} FOR EACH ROW${condition} EXECUTE FUNCTION ${fn}();`,
  ].join("\n");
}

/**
 * One SQLite migration file → its PostgreSQL twin, comments and layout kept. `triggers` carries
 * the triggers earlier migrations created (translate the files in order with one map).
 */
export function translateMigration(sql: string, where = "migration", triggers: TriggerTables = new Map()): string {
  return segments(sql)
    .map((s) => {
      if (!s.statement) return s.text;
      const head = rewriteDateCalls(s.text.replace(/^\s+/, ""), where);
      const lead = s.text.slice(0, s.text.length - s.text.replace(/^\s+/, "").length);
      if (/^CREATE\s+(TEMP\s+)?TRIGGER\b/i.test(head)) return lead + translateTrigger(head, where, triggers);
      const drop = translateDropTrigger(head, triggers, where);
      if (drop !== null) return lead + drop;
      return lead + rewriteCode(tokenizeSql(head), where);
    })
    .join("");
}

export const GENERATED_NOTE = "Generated by scripts/sync-postgres-schema.ts from the SQLite original: do not edit, run `npm run db:sync-postgres`.";

/**
 * prisma/schema.prisma → prisma/postgres/schema.prisma: provider postgresql, and the client
 * generated beside the SQLite one (…/generated/sqlite → …/generated/postgres).
 */
export function translateSchema(schema: string, fromDir: string, toDir: string): string {
  let sawProvider = false;
  let sawOutput = false;
  const out = schema
    .replace(/(datasource\s+\w+\s*\{[^}]*provider\s*=\s*)"sqlite"/, (_, head: string) => {
      sawProvider = true;
      return `${head}"postgresql"`;
    })
    .replace(/(generator\s+\w+\s*\{[^}]*output\s*=\s*)"([^"]+)"/, (_, head: string, output: string) => {
      sawOutput = true;
      const absolute = path.resolve(fromDir, output);
      if (path.basename(absolute) !== "sqlite") throw new TranslationError(`generator output "${output}" should end in /sqlite so the PostgreSQL client can sit beside it`);
      const target = path.relative(toDir, path.join(path.dirname(absolute), "postgres")).split(path.sep).join("/");
      return `${head}"${target}"`;
    });
  if (!sawProvider) throw new TranslationError('schema.prisma: no datasource with provider = "sqlite"');
  if (!sawOutput) throw new TranslationError("schema.prisma: no generator output folder");
  return `// ${GENERATED_NOTE}\n${out}`;
}
