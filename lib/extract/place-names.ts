/** One normal form for place names, so "Kramators’k", "Kramatorsk" and "KRAMATORSK" meet. */
export function normalizePlaceName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’'`ʼ]/g, "")
    .replace(/[-‐–]/g, " ")
    .replace(/^the\s+/i, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
