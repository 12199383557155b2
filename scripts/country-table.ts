/** npm run countries:table [-- --check]: writes lib/countries/country-table.ts (see render-country-table.ts). */
import fs from "node:fs";
import { renderCountryTable } from "../lib/countries/render-country-table";

const FILE = "lib/countries/country-table.ts";
const text = renderCountryTable();
if (process.argv.includes("--check")) {
  const same = fs.existsSync(FILE) && fs.readFileSync(FILE, "utf8") === text;
  if (!same) console.error(`countries:table: ${FILE} is out of date: run npm run countries:table`);
  process.exit(same ? 0 : 1);
}
fs.writeFileSync(FILE, text);
console.log(`countries:table: wrote ${FILE}`);
