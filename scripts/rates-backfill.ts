/**
 * npm run rates:backfill — euro values for stored aid facts that lack one (databases filled
 * before rates shipped, or before a refresh). Runs in db:setup, so `npm start` does it too.
 */
import { getDb } from "../lib/db/client";
import { configuredRates } from "../lib/ingest/configured-rates";
import { backfillEuroValues } from "../lib/rates/backfill-euro-values";

const result = await backfillEuroValues(getDb(), configuredRates());
const left = Object.entries(result.unconverted);
console.log(`euro values: ${result.converted.toLocaleString("en")} aid facts converted at ECB rates${left.length ? `; still without euros: ${left.map(([why, n]) => `${n.toLocaleString("en")} (${why})`).join("; ")}` : ""}`);
