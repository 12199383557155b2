// Spreadsheets run a cell that begins with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@]/;
// Whitespace and invisible characters of every kind (space, tab, newline, no-break space,
// ideographic space, zero-width and BOM), which spreadsheets skip before they look.
const LEADING_INVISIBLE = /^[\s\p{Z}\p{Cc}\p{Cf}]+/u;

/**
 * Prefixes a text cell that a spreadsheet would run as a formula with an apostrophe. The check
 * looks past leading whitespace of any kind and reads full-width forms as their ASCII twins
 * (NFKC: "＝" is "="), since spreadsheets do both.
 */
export function neutralizeFormula(value: unknown): unknown {
  if (typeof value !== "string") return value;
  if (/^[\t\r]/.test(value)) return `'${value}`;
  const probe = value.normalize("NFKC").replace(LEADING_INVISIBLE, "");
  return FORMULA_START.test(probe) ? `'${value}` : value;
}
