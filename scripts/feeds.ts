/**
 * npm run feeds -- add URL [--name N] | list | poll | watch | pause URL | resume URL | remove URL
 * Follows news feeds (RSS 2.0, Atom, JSON Feed): each new item's article is read and stored as a
 * dispatch naming its feed, its facts proposed for review. `watch` polls every FEED_INTERVAL
 * minutes until stopped; several watchers on PostgreSQL share the work (leases on feeds and
 * items). On SQLite run one watcher. Exit code 2 for bad input, 1 when a poll had failures.
 */
import { parseArgs } from "node:util";
import { z, ZodError } from "zod";
import { getDb } from "../lib/db/client";
import { getEnv } from "../lib/env";
import { feedUrl, newFeedInput } from "../lib/feeds/feed-input";
import { HostGate } from "../lib/feeds/host-gate";
import { addFeed, listFeeds, removeFeed, setFeedStatus, type FeedSummary } from "../lib/feeds/manage-feeds";
import { runPass, type PassSummary } from "../lib/feeds/run-pass";
import { workerName } from "../lib/feeds/worker-name";
import { ApiError } from "../lib/http/api-error";
import { configuredRates } from "../lib/ingest/configured-rates";

const USAGE = "usage: npm run feeds -- add URL [--name NAME] | list | poll | watch | pause URL | resume URL | remove URL";

function fail(message: string): never {
  console.error(`feeds: ${message}`);
  process.exit(2);
}

const command = z.discriminatedUnion("command", [
  z.object({ command: z.literal("add"), url: z.string(), name: z.string().optional() }),
  z.object({ command: z.enum(["list", "poll", "watch"]) }),
  z.object({ command: z.enum(["pause", "resume", "remove"]), url: feedUrl }),
]);

function parseCommand(): z.infer<typeof command> {
  let values: { name?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ options: { name: { type: "string" } }, allowPositionals: true }));
  } catch (err) {
    fail(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
  }
  const [name, url, ...rest] = positionals;
  if (!name) fail(`name a command\n${USAGE}`);
  if (rest.length) fail(`unexpected "${rest.join(" ")}"\n${USAGE}`);
  const parsed = command.safeParse({ command: name, url, name: values.name });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.code === "invalid_union" || issue?.path[0] === "command") fail(`unknown command "${name}"\n${USAGE}`);
    fail(url === undefined ? `${name} needs the feed's URL\n${USAGE}` : `invalid URL "${url}": ${issue?.message}`);
  }
  return parsed.data;
}

function printFeeds(feeds: FeedSummary[]) {
  if (feeds.length === 0) return console.log("No feeds followed yet: npm run feeds -- add URL");
  for (const f of feeds) {
    const polled = f.lastPolledAt ? f.lastPolledAt.replace("T", " ").slice(0, 16) : "never";
    console.log(`${f.name}  ${f.url}`);
    console.log(`  ${f.status}, last poll ${polled}${f.lastStatus ? ` (${f.lastStatus})` : ""}, ${f.itemsTaken} items taken, ${f.itemsWaiting} waiting, ${f.itemsFailed} failed`);
    if (f.lastError) console.log(`  last error: ${f.lastError}`);
  }
}

function describePass(s: PassSummary): string {
  return `${s.feedsPolled} feeds polled (${s.feedsFailed} failed), ${s.newItems} new items, ${s.itemsStored} dispatches stored, ${s.itemsAlreadyStored} already stored, ${s.itemsFailed} items failed, ${s.factsProposed} facts proposed`;
}

const cmd = parseCommand();
let env: ReturnType<typeof getEnv>;
try {
  env = getEnv();
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
const db = getDb();

try {
  if (cmd.command === "add") {
    const input = newFeedInput.parse({ url: cmd.url, name: cmd.name });
    const feed = await addFeed(db, input);
    console.log(`Following "${feed.name}" (${feed.url}); it is polled at the next \`npm run feeds -- poll\` or by a running watch.`);
  } else if (cmd.command === "list") {
    printFeeds(await listFeeds(db));
  } else if (cmd.command === "pause" || cmd.command === "resume") {
    const feed = await setFeedStatus(db, cmd.url, cmd.command === "pause" ? "paused" : "active");
    console.log(`${feed.name} (${feed.url}) is ${feed.status}.`);
  } else if (cmd.command === "remove") {
    await removeFeed(db, cmd.url);
    console.log(`No longer following ${cmd.url}; the dispatches it brought stay.`);
  } else {
    const worker = workerName();
    const gate = new HostGate(env.FEED_HOST_DELAY_MS);
    const rates = configuredRates();
    const log = {
      onFeed: (o: { url: string; newItems: number; notModified: boolean; error?: string }) =>
        console.error(o.error ? `feeds: ${o.error}` : `feeds: ${o.url}: ${o.notModified ? "not modified" : `${o.newItems} new items`}`),
      onItem: (o: { itemId: number; created: boolean; sourceId?: number; proposed: number; error?: string }) => {
        if (o.error) console.error(`feeds: item ${o.itemId}: ${o.error}`);
      },
    };
    if (cmd.command === "poll") {
      const summary = await runPass(db, { worker, gate, intervalMinutes: env.FEED_INTERVAL, everyFeed: true, rates, ...log });
      console.log(describePass(summary));
      await db.$disconnect();
      process.exit(summary.feedsFailed || summary.itemsFailed ? 1 : 0);
    }
    let stop = false;
    let wake: (() => void) | undefined;
    for (const signal of ["SIGINT", "SIGTERM"] as const)
      process.on(signal, () => {
        console.error(`feeds: ${signal}: finishing the items in hand, then stopping`);
        stop = true;
        wake?.();
      });
    console.error(`feeds: watching every ${env.FEED_INTERVAL} min as ${worker} (Ctrl-C stops)`);
    while (!stop) {
      const summary = await runPass(db, { worker, gate, intervalMinutes: env.FEED_INTERVAL, rates, stopping: () => stop, ...log });
      if (summary.feedsPolled || summary.itemsStored || summary.itemsFailed) console.log(`${new Date().toISOString()} ${describePass(summary)}`);
      // Look again soon: another feed may fall due, or an item may wait for a retry.
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, Math.min(30_000, env.FEED_INTERVAL * 60_000));
      });
    }
  }
} catch (err) {
  if (err instanceof ZodError) fail(err.issues[0]?.message ?? "invalid input");
  if (err instanceof ApiError) {
    console.error(`feeds: ${err.message}`);
    process.exit(err.status === 404 || err.status === 409 || err.status === 400 ? 2 : 1);
  }
  throw err;
}
await db.$disconnect();
