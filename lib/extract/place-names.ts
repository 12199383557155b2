import { memoByString } from "./memo";

/** One normal form for place names, so "Kramators’k", "Kramatorsk" and "KRAMATORSK" meet. */
export const normalizePlaceName = memoByString(normalize, 200_000);

function normalize(name: string): string {
  // Plain ASCII names (most of them) skip the costly Unicode decomposition.
  if (/^[\x20-\x7e]*$/.test(name)) {
    return name.replace(/['`-]/g, (c) => (c === "-" ? " " : "")).replace(/^the\s+/i, "").replace(/\s+/g, " ").trim().toLowerCase();
  }
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
