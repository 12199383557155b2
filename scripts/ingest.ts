/**
 * npm run ingest -- FILES_FOLDERS_OR_URLS [--published YYYY-MM-DD]
 * Stores dispatches and their extracted facts as proposed: text files (front matter or a
 * <name>.meta.json sidecar) and web pages (http/https URLs, read for the article's own text).
 * One transaction per dispatch, the same text (or the same URL) stored once. A bad file or URL
 * is reported and skipped; the others still go in. Exit code 2 if any input was bad, 1 if a page
 * could not be fetched (its URL and HTTP status are printed).
 */
import { parseArgs } from "node:util";
import { z, ZodError } from "zod";
import { getDb } from "../lib/db/client";
import { isoDay } from "../lib/facts/contract";
import { configuredRates } from "../lib/ingest/configured-rates";
import { dispatchInput } from "../lib/ingest/dispatch-input";
import { listDispatchFiles, readDispatchFile } from "../lib/ingest/read-dispatch-file";
import { storeDispatch, type StoredDispatch } from "../lib/ingest/store-dispatch";
import { MissingDateError, storeUrl } from "../lib/ingest/store-url";
import { FetchError } from "../lib/web/fetch-error";

const USAGE = "usage: npm run ingest -- FILES_FOLDERS_OR_URLS [--published YYYY-MM-DD]";

const args = z.object({
  paths: z.array(z.string()).min(1, `name at least one file, folder or http(s) URL\n${USAGE}`),
  published: isoDay.optional(),
});

function fail(message: string): never {
  console.error(`ingest: ${message}`);
  process.exit(2);
}

let parsed: z.infer<typeof args>;
try {
  const { values, positionals } = parseArgs({ options: { published: { type: "string" } }, allowPositionals: true });
  const result = args.safeParse({ paths: positionals, published: values.published });
  if (!result.success) fail(result.error.issues.map((i) => (i.path[0] === "published" ? `invalid --published "${values.published}": expected YYYY-MM-DD` : i.message)).join("; "));
  parsed = result.data;
} catch (err) {
  fail(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
}

const isUrl = (p: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(p);
const urls = parsed.paths.filter(isUrl);
const { files, missing } = listDispatchFiles(parsed.paths.filter((p) => !isUrl(p)));
const badInput: string[] = missing.map((m) => `${m}: no such file or folder (a web page needs its full http(s):// address)`);
const fetchFailed: string[] = [];
if (files.length === 0 && urls.length === 0 && badInput.length === 0) fail(`no .txt or .md files in ${parsed.paths.join(", ")}`);

const db = getDb();
const rates = configuredRates();
const summary = { created: 0, present: 0, proposed: 0, corroborated: 0 };
const total = files.length + urls.length;
const tty = process.stderr.isTTY;

function progress(done: number) {
  const width = 24;
  const filled = Math.round((done / Math.max(1, total)) * width);
  const line = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} dispatches`;
  if (tty) process.stderr.write(`\r${line}`);
  else if (done === total || done % 50 === 0) process.stderr.write(`${line}\n`);
}

function count(stored: StoredDispatch) {
  if (stored.created) summary.created += 1;
  else summary.present += 1;
  summary.proposed += stored.proposed.length;
  summary.corroborated += stored.corroborated.length;
}

function explainZod(err: ZodError, noDate: string): string {
  return err.issues.map((iss) => (iss.path[0] === "publishedAt" ? noDate : iss.message)).join("; ");
}

let done = 0;
for (const file of files) {
  try {
    const raw = readDispatchFile(file);
    count(await storeDispatch(db, dispatchInput.parse({ ...raw, publishedAt: raw.publishedAt ?? parsed.published }), rates));
  } catch (err) {
    const message =
      err instanceof ZodError
        ? explainZod(err, "no publication date: add `published: YYYY-MM-DD` front matter or pass --published")
        : err instanceof Error
          ? err.message.replace(`${file}: `, "")
          : String(err);
    badInput.push(`${file}: ${message}`);
  }
  progress(++done);
}
for (const url of urls) {
  try {
    count(await storeUrl(db, url, { published: parsed.published, rates }));
  } catch (err) {
    if (err instanceof FetchError) (err.badInput ? badInput : fetchFailed).push(err.message);
    else if (err instanceof MissingDateError) badInput.push(err.message);
    else if (err instanceof ZodError) badInput.push(`${url}: ${explainZod(err, "no publication date: pass --published YYYY-MM-DD")}`);
    else throw err;
  }
  progress(++done);
}
if (tty) process.stderr.write("\n");

for (const e of [...badInput, ...fetchFailed]) console.error(`ingest: ${e}`);
const failed = badInput.length + fetchFailed.length;
console.log(
  `${summary.created} dispatches new, ${summary.present} already present, ${summary.proposed} facts proposed, ${summary.corroborated} corroborating existing facts, ${failed} ${failed === 1 ? "input" : "inputs"} failed`,
);
await db.$disconnect();
process.exit(badInput.length ? 2 : fetchFailed.length ? 1 : 0);
