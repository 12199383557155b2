import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getSources } from "@/app/api/sources/route";
import { getDb, type Db } from "@/lib/db/client";
import type { FactStatus } from "@/lib/facts/kinds";
import { listSources, type SourcePage } from "@/lib/sources/list-sources";
import { parseSourcesPageParams, SOURCE_SORTS, type SourceSort } from "@/lib/sources/sources-query";
import { createMigratedDatabase, get, type TestDatabase } from "./test-database";

/**
 * The dispatch list on /sources (and GET /api/sources) as a reader uses it: sorted on the server
 * by any column in either direction, searched in title and publisher, with the total of what
 * matches, and numbered pages that together list every match once, in one order.
 */

interface Stored {
  id: number;
  title: string;
  publisher: string | null;
  publishedAt: string;
  facts: Record<FactStatus, number>;
}

// Titles and publishers in mixed case, shared days and fact counts (ties the order must break
// the same way on every page), publishers missing, and the characters LIKE treats specially.
const PUBLISHERS = ["Reuters", "kyiv Independent", null, "AP News", "reuters wire", "Ukrinform"];
const WORDS = ["Drone strike", "aid pledge", "Shelter opened", "Evacuation", "Air defence", "injured in shelling"];
const SPECIAL = [
  { title: "Aid up 50% over last year", publisher: "Reuters" },
  { title: "Shelter_list published", publisher: null },
  { title: "Київ під обстрілом", publisher: "Ukrinform" },
  { title: "aid pledge ALPHA", publisher: "AP News" },
];
const COUNT = 31;

let tdb: TestDatabase;
let db: Db;
const stored: Stored[] = [];

beforeAll(async () => {
  tdb = await createMigratedDatabase();
  process.env.DATABASE_URL = tdb.url;
  db = getDb(tdb.url);
  for (let i = 0; i < COUNT; i++) {
    const special = SPECIAL[i - (COUNT - SPECIAL.length)];
    const title = special?.title ?? `${WORDS[i % WORDS.length]} ${String.fromCharCode(65 + ((i * 7) % 26))}${i}`;
    const publisher = special ? special.publisher : (PUBLISHERS[i % PUBLISHERS.length] ?? null);
    // Five days for 31 dispatches: most share their day with others.
    const publishedAt = `2024-03-0${1 + ((i * 3) % 5)}`;
    const source = await db.source.create({ data: { title, publisher, publishedAt, language: "en", text: `Text ${i}.`, contentHash: `hash-${i}` } });
    const facts: Record<FactStatus, number> = { verified: i % 4, proposed: (i * 5) % 3, rejected: i % 7 === 0 ? 1 : 0 };
    for (const [status, n] of Object.entries(facts)) {
      for (let k = 0; k < n; k++) {
        await db.fact.create({
          data: { kind: "injury", date: publishedAt, country: "UA", sourceId: source.id, quote: `Text ${i}.`, start: 0, end: 5, status, confidence: 0.9, injured: 1 },
        });
      }
    }
    stored.push({ id: source.id, title, publisher, publishedAt, facts });
  }
}, 60_000);
afterAll(() => tdb.cleanup());

const factTotal = (s: Stored) => s.facts.verified + s.facts.proposed + s.facts.rejected;

/** The order a reader expects: by the column (case ignored for text), dispatches without it last, ties by id in the same direction. */
function expectedOrder(sort: SourceSort, order: "asc" | "desc", rows: Stored[] = stored): number[] {
  const key = (s: Stored): string | number | null => {
    switch (sort) {
      case "published":
        return s.publishedAt;
      case "title":
        return s.title.toLowerCase();
      case "publisher":
        return s.publisher?.toLowerCase() ?? null;
      case "facts":
        return factTotal(s);
    }
  };
  const dir = order === "asc" ? 1 : -1;
  return [...rows]
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka === null || kb === null) return ka === kb ? dir * (a.id - b.id) : ka === null ? 1 : -1;
      if (ka !== kb) return dir * (ka < kb ? -1 : 1);
      return dir * (a.id - b.id);
    })
    .map((s) => s.id);
}

/** Every page of the list, as the page's links walk it. */
async function walkPages(params: Record<string, string>): Promise<{ pages: SourcePage[]; ids: number[] }> {
  const pages: SourcePage[] = [];
  for (let page = 1; ; page++) {
    const parsed = parseSourcesPageParams({ ...params, page: String(page) });
    if (!parsed.query) throw new Error(parsed.error);
    const result = await listSources(db, parsed.query);
    pages.push(result);
    if (page >= result.totalPages) break;
  }
  return { pages, ids: pages.flatMap((p) => p.sources.map((s) => s.id)) };
}

describe("the sources list", () => {
  it("lists the newest publication first by default, ties newest stored first, with the total", async () => {
    const parsed = parseSourcesPageParams({});
    const first = await listSources(db, parsed.query!);
    expect(first.total).toBe(COUNT);
    expect(first.totalPages).toBe(Math.ceil(COUNT / 20));
    expect(first.sources.map((s) => s.id)).toEqual(expectedOrder("published", "desc").slice(0, 20));
    expect(first.sources[0]?.publishedAt).toBe("2024-03-05");
  });

  for (const sort of SOURCE_SORTS) {
    for (const order of ["asc", "desc"] as const) {
      it(`sorts every dispatch by ${sort} ${order}, and its pages of 4 list each one once in that order`, async () => {
        const { pages, ids } = await walkPages({ sort, order, limit: "4" });
        expect(ids).toEqual(expectedOrder(sort, order));
        expect(pages.every((p) => p.total === COUNT && p.totalPages === Math.ceil(COUNT / 4))).toBe(true);
        expect(pages.slice(0, -1).every((p) => p.sources.length === 4)).toBe(true);
      });
    }
  }

  it("puts dispatches without a publisher last in both directions", async () => {
    const missing = stored.filter((s) => s.publisher === null).length;
    expect(missing).toBeGreaterThan(1);
    for (const order of ["asc", "desc"] as const) {
      const { pages } = await walkPages({ sort: "publisher", order, limit: "4" });
      const publishers = pages.flatMap((p) => p.sources.map((s) => s.publisher));
      expect(publishers.slice(-missing)).toEqual(Array(missing).fill(null));
      expect(publishers.slice(0, -missing)).not.toContain(null);
    }
  });

  it("counts each dispatch's facts by status, as stored", async () => {
    const { pages } = await walkPages({ sort: "facts", order: "desc", limit: "10" });
    for (const source of pages.flatMap((p) => p.sources)) {
      expect(source.facts, source.title).toEqual(stored.find((s) => s.id === source.id)?.facts);
    }
  });

  it("searches title and publisher, case ignored, and totals and pages only the matches", async () => {
    const q = "REUTERS";
    const matching = stored.filter((s) => s.title.toLowerCase().includes("reuters") || (s.publisher ?? "").toLowerCase().includes("reuters"));
    expect(matching.length).toBeGreaterThan(4);
    const { pages, ids } = await walkPages({ q, sort: "title", order: "asc", limit: "3" });
    expect(pages[0]?.total).toBe(matching.length);
    expect(pages[0]?.totalPages).toBe(Math.ceil(matching.length / 3));
    expect(ids).toEqual(expectedOrder("title", "asc", matching));

    const inTitle = await listSources(db, parseSourcesPageParams({ q: "  aid PLEDGE " }).query!);
    expect(inTitle.sources.map((s) => s.id).sort((a, b) => a - b)).toEqual(stored.filter((s) => s.title.toLowerCase().includes("aid pledge")).map((s) => s.id));
  });

  it("takes % and _ in a search literally, and finds text in other scripts", async () => {
    const percent = await listSources(db, parseSourcesPageParams({ q: "50%" }).query!);
    expect(percent.sources.map((s) => s.title)).toEqual(["Aid up 50% over last year"]);
    // "r_d" would match "Air defence" if _ stood for any character.
    const underscore = await listSources(db, parseSourcesPageParams({ q: "r_d" }).query!);
    expect(underscore.total).toBe(0);
    const literal = await listSources(db, parseSourcesPageParams({ q: "shelter_" }).query!);
    expect(literal.sources.map((s) => s.title)).toEqual(["Shelter_list published"]);
    const cyrillic = await listSources(db, parseSourcesPageParams({ q: "під обстрілом" }).query!);
    expect(cyrillic.sources.map((s) => s.title)).toEqual(["Київ під обстрілом"]);
  });

  it("says there is nothing on a page past the last, with the total still right", async () => {
    const past = await listSources(db, parseSourcesPageParams({ page: "99", limit: "10" }).query!);
    expect(past.sources).toEqual([]);
    expect(past.total).toBe(COUNT);
    expect(past.totalPages).toBe(4);
  });

  it("answers the same list over GET /api/sources", async () => {
    const res = await getSources(get("/api/sources?sort=facts&order=asc&limit=5&page=2&q=e"));
    expect(res.status).toBe(200);
    const body = (await res.json()) as SourcePage;
    const matching = stored.filter((s) => s.title.toLowerCase().includes("e") || (s.publisher ?? "").toLowerCase().includes("e"));
    expect(body.total).toBe(matching.length);
    expect(body.sources.map((s) => s.id)).toEqual(expectedOrder("facts", "asc", matching).slice(5, 10));
  });
});
