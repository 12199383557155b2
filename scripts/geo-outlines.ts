/**
 * npm run geo:outlines [-- --check]: writes the map's country outlines as static JSON in
 * public/geo/ (fetched by the map page only, cached by the browser, never in a script bundle):
 * world-atlas's 1:110m and 1:50m TopoJSON with each country's ISO alpha-2 code added and the
 * unused "land" object dropped. --check exits 1 when the files differ from what it would write.
 */
import fs from "node:fs";
import countries from "i18n-iso-countries";
import type { Topology } from "topojson-specification";

const SCALES = ["110m", "50m"] as const;
const check = process.argv.includes("--check");
let stale = 0;

for (const scale of SCALES) {
  const topology = JSON.parse(fs.readFileSync(`node_modules/world-atlas/countries-${scale}.json`, "utf8")) as Topology;
  const objects = topology.objects as Record<string, { type: string; geometries: Array<{ id?: string; properties?: Record<string, unknown> }> }>;
  delete objects.land;
  for (const g of objects.countries?.geometries ?? []) {
    const a2 = g.id ? countries.numericToAlpha2(g.id) : undefined;
    g.properties = { ...g.properties, ...(a2 ? { a2 } : {}) };
  }
  const file = `public/geo/countries-${scale}.json`;
  const text = JSON.stringify(topology);
  if (check) {
    if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text) {
      console.error(`geo:outlines: ${file} is out of date: run npm run geo:outlines`);
      stale++;
    }
  } else {
    fs.writeFileSync(file, text);
    console.log(`geo:outlines: wrote ${file} (${(text.length / 1024).toFixed(0)} kB)`);
  }
}
process.exit(stale ? 1 : 0);
