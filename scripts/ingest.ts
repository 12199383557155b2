/**
 * npm run ingest -- FILES_OR_FOLDERS [--published YYYY-MM-DD]
 * Stores dispatches (text files with front matter or a <name>.meta.json sidecar) and their
 * extracted facts as proposed: one transaction per dispatch, idempotent by content hash. A bad
 * file is reported and skipped; the others still go in. Exit code 2 if any file was bad.
 */
import { parseArgs } from "node:util";
import { z, ZodError } from "zod";
import { getDb } from "../lib/db/client";
import { isoDay } from "../lib/facts/contract";
import { configuredRates } from "../lib/ingest/configured-rates";
import { dispatchInput } from "../lib/ingest/dispatch-input";
import { listDispatchFiles, readDispatchFile } from "../lib/ingest/read-dispatch-file";
import { storeDispatch } from "../lib/ingest/store-dispatch";

const USAGE = "usage: npm run ingest -- FILES_OR_FOLDERS [--published YYYY-MM-DD]";

const args = z.object({
  paths: z.array(z.string()).min(1, `name at least one file or folder\n${USAGE}`),
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

const { files, missing } = listDispatchFiles(parsed.paths);
const errors: string[] = missing.map((m) => `${m}: no such file or folder`);
if (files.length === 0 && errors.length === 0) fail(`no .txt or .md files in ${parsed.paths.join(", ")}`);

const db = getDb();
const rates = configuredRates();
const summary = { created: 0, present: 0, proposed: 0, corroborated: 0 };
const tty = process.stderr.isTTY;

function progress(done: number) {
  const width = 24;
  const filled = Math.round((done / Math.max(1, files.length)) * width);
  const line = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${files.length} dispatches`;
  if (tty) process.stderr.write(`\r${line}`);
  else if (done === files.length || done % 50 === 0) process.stderr.write(`${line}\n`);
}

for (const [i, file] of files.entries()) {
  try {
    const raw = readDispatchFile(file);
    const input = dispatchInput.parse({ ...raw, publishedAt: raw.publishedAt ?? parsed.published });
    const stored = await storeDispatch(db, input, rates);
    if (stored.created) summary.created += 1;
    else summary.present += 1;
    summary.proposed += stored.proposed.length;
    summary.corroborated += stored.corroborated.length;
  } catch (err) {
    const message =
      err instanceof ZodError
        ? err.issues.map((iss) => (iss.path[0] === "publishedAt" ? "no publication date: add `published: YYYY-MM-DD` front matter or pass --published" : iss.message)).join("; ")
        : err instanceof Error
          ? err.message.replace(`${file}: `, "")
          : String(err);
    errors.push(`${file}: ${message}`);
  }
  progress(i + 1);
}
if (tty) process.stderr.write("\n");

for (const e of errors) console.error(`ingest: ${e}`);
console.log(
  `${summary.created} dispatches new, ${summary.present} already present, ${summary.proposed} facts proposed, ${summary.corroborated} corroborating existing facts, ${errors.length} files failed`,
);
await db.$disconnect();
process.exit(errors.length ? 2 : 0);
