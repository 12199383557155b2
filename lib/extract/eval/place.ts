/**
 * Whether a predicted place names the same place(s) as the label. Labels use the name as the text
 * writes it ("Odesa region", "Kyiv, Poltava and Sumy oblasts"); the extractor may write "Odesa" or
 * "Odesa Oblast". So both sides become sets of bare names — generic words (region, oblast, district,
 * city …) and joiners dropped, common transliterations folded — and agree when the sets are equal.
 */
const GENERIC = new Set([
  "region", "regions", "oblast", "oblasts", "district", "districts", "raion", "city", "town", "village", "the", "of",
  "province", "county", "krai", "republic", "hromada", "municipality", "area", "territory", "capital", "annexed",
  "occupied", "temporarily", "southern", "northern", "eastern", "western", "central",
]);
const SPELLINGS: Record<string, string> = {
  kiev: "kyiv", odessa: "odesa", kharkov: "kharkiv", zaporizhia: "zaporizhzhia", zaporozhye: "zaporizhzhia",
  dnepr: "dnipro", nikolaev: "mykolaiv", mykolayiv: "mykolaiv", orgiiv: "orhei",
};

export function placeNames(place: string | null | undefined): string[] {
  if (!place) return [];
  const parts = place
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[()]/g, " ")
    .split(/,|;|\/|&|\band\b/);
  const names = parts
    .map((p) =>
      p
        .split(/\s+/)
        .map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ""))
        .filter((w) => w && !GENERIC.has(w))
        .map((w) => SPELLINGS[w] ?? w)
        .join(" "),
    )
    .filter(Boolean);
  return [...new Set(names)].sort();
}

export function placesAgree(labelled: string | null | undefined, predicted: string | null | undefined): boolean {
  const a = placeNames(labelled);
  const b = placeNames(predicted);
  return a.length === b.length && a.every((n, i) => n === b[i]);
}
