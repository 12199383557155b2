/** A piece of SQL text: code, a quoted identifier, a string literal or a comment. */
export interface SqlToken {
  type: "code" | "identifier" | "string" | "comment";
  text: string;
}

/**
 * Splits SQL into code and the parts a rewrite must never touch (quoted identifiers, string
 * literals, comments), so a type name inside "a column name" or 'a value' stays as it is.
 */
export function tokenizeSql(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let code = "";
  const flush = () => {
    if (code) tokens.push({ type: "code", text: code });
    code = "";
  };
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === '"' || c === "'") {
      let j = i + 1;
      for (;;) {
        if (j >= sql.length) throw new Error(`unterminated ${c === '"' ? "identifier" : "string"} at offset ${i}`);
        if (sql[j] === c) {
          if (sql[j + 1] === c) j += 2; // doubled quote inside
          else break;
        } else j += 1;
      }
      flush();
      tokens.push({ type: c === '"' ? "identifier" : "string", text: sql.slice(i, j + 1) });
      i = j + 1;
    } else if (c === "-" && sql[i + 1] === "-") {
      const end = sql.indexOf("\n", i);
      const j = end === -1 ? sql.length : end;
      flush();
      tokens.push({ type: "comment", text: sql.slice(i, j) });
      i = j;
    } else if (c === "/" && sql[i + 1] === "*") {
      const end = sql.indexOf("*/", i + 2);
      if (end === -1) throw new Error(`unterminated comment at offset ${i}`);
      flush();
      tokens.push({ type: "comment", text: sql.slice(i, end + 2) });
      i = end + 2;
    } else {
      code += c;
      i += 1;
    }
  }
  flush();
  return tokens;
}

/** Splits a script into statements at semicolons outside quotes and comments (trimmed, non-empty). */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = "";
  for (const token of tokenizeSql(sql)) {
    if (token.type !== "code") {
      current += token.text;
      continue;
    }
    const parts = token.text.split(";");
    parts.forEach((part, index) => {
      current += part;
      if (index < parts.length - 1) {
        statements.push(current);
        current = "";
      }
    });
  }
  statements.push(current);
  return statements.map((s) => s.trim()).filter((s) => tokenizeSql(s).some((t) => t.type !== "comment" && t.text.trim() !== ""));
}
