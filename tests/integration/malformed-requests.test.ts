import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getFacts, POST as postFact } from "@/app/api/facts/route";
import { GET as getFact, PATCH as patchFact } from "@/app/api/facts/[id]/route";
import { GET as getSeries } from "@/app/api/series/route";
import { POST as postSource } from "@/app/api/sources/route";
import { getDb } from "@/lib/db/client";
import { createSeededDatabase, get } from "./test-database";

/**
 * Issue 10, findings 8, 9 and 10: every malformed request is a 4xx with the JSON error shape
 * (it was a 500 or silently accepted), and implausible values are refused naming the field.
 */
const TOKEN = "test-admin-token-0123456789";
process.env.ADMIN_TOKEN = TOKEN;

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let injuryId = 0;
let aidId = 0;
let sourceId = 0;

beforeAll(async () => {
  db = await createSeededDatabase();
  const facts = await getDb(db.url).fact.findMany({ select: { id: true, kind: true, sourceId: true } });
  injuryId = facts.find((f) => f.kind === "injury")!.id;
  aidId = facts.find((f) => f.kind === "aid")?.id ?? 0;
  sourceId = facts[0]!.sourceId;
}, 60_000);
afterAll(() => db.cleanup());

const params = (id: string | number) => ({ params: Promise.resolve({ id: String(id) }) });

function write(url: string, method: string, body: BodyInit, contentType = "application/json") {
  return new Request(`http://localhost${url}`, { method, headers: { "content-type": contentType, authorization: `Bearer ${TOKEN}` }, body });
}

async function expectError(res: Response, status: number, parameter?: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string; parameter?: string } };
  expect(body.error.message.length).toBeGreaterThan(10);
  if (parameter) expect(body.error.parameter).toBe(parameter);
  return body.error;
}

describe("malformed URLs", () => {
  it("a path id with a bad percent-encoding is a 400, not a 500", async () => {
    await expectError(await getFact(get("/api/facts/%ff"), params("%ff")), 400);
  });
  it("a query value with a bad percent-encoding is a 400 naming the parameter", async () => {
    await expectError(await getFacts(get("/api/facts?country=%ff")), 400, "country");
  });
  it("a route without parameters refuses unknown ones", async () => {
    await expectError(await getFact(get(`/api/facts/${injuryId}?debug=1`), params(injuryId)), 400, "debug");
  });
});

describe("request bodies", () => {
  it("only the exact media type application/json is JSON", async () => {
    const err = await expectError(await patchFact(write(`/api/facts/${injuryId}`, "PATCH", '{"status":"verified"}', "text/plain; x=application/json"), params(injuryId)), 415);
    expect(err.code).toBe("unsupported_media_type");
  });
  it("a charset other than UTF-8 is refused, not decoded as replacement characters", async () => {
    await expectError(await patchFact(write(`/api/facts/${injuryId}`, "PATCH", '{"place":"Kyiv"}', "application/json; charset=latin1"), params(injuryId)), 415);
  });
  it("invalid UTF-8 is a 400", async () => {
    const bytes = new Uint8Array([...Buffer.from('{"place":"Ky'), 0xff, 0xfe, ...Buffer.from('iv"}')]);
    const err = await expectError(await patchFact(write(`/api/facts/${injuryId}`, "PATCH", bytes), params(injuryId)), 400);
    expect(err.code).toBe("invalid_encoding");
  });
  it("a NUL character is a 400 naming the field", async () => {
    await expectError(await patchFact(write(`/api/facts/${injuryId}`, "PATCH", JSON.stringify({ place: "Ky\u0000iv" })), params(injuryId)), 400, "place");
    await expectError(await postSource(write("/api/sources", "POST", JSON.stringify({ text: `${"A dispatch about drones. ".repeat(3)}\u0000`, publishedAt: "2024-01-01" }))), 400, "text");
  });
  it("a body over the endpoint's cap is a 413 before it is read whole", async () => {
    await expectError(await postFact(write("/api/facts", "POST", JSON.stringify({ sourceId, start: 0, end: 5, pad: "x".repeat(30_000) }))), 413);
  });
});

describe("plausibility bounds from the fact contract", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["a count of 2^53-1", { injured: 2 ** 53 - 1 }, "injured"],
    ["a count over ten million", { killed: 10_000_001 }, "killed"],
    ["a date in year 0", { date: "0000-01-01" }, "date"],
    ["a date in 9999", { date: "9999-12-31" }, "date"],
    ["a date before 2014", { date: "2013-12-31" }, "date"],
    ["a 19 KB place name", { place: "x".repeat(19_000) }, "place"],
  ];
  it.each(cases)("%s is refused with 400 naming the field", async (_, patch, field) => {
    await expectError(await patchFact(write(`/api/facts/${injuryId}`, "PATCH", JSON.stringify(patch)), params(injuryId)), 400, field);
  });
  it("an amount of 1e308 is refused", async () => {
    if (!aidId) return;
    await expectError(await patchFact(write(`/api/facts/${aidId}`, "PATCH", JSON.stringify({ amount: 1e308 })), params(aidId)), 400, "amount");
  });
  it("a dispatch published in 9999 is refused", async () => {
    await expectError(await postSource(write("/api/sources", "POST", JSON.stringify({ text: "A dispatch about drones shot down over the sea near Odesa.", publishedAt: "9999-12-31" }))), 400, "publishedAt");
  });
  it("filter dates are bounded too, so week keys and by=auto stay sane", async () => {
    await expectError(await getSeries(get("/api/series?by=week&from=0000-01-01")), 400, "from");
    await expectError(await getSeries(get("/api/series?by=auto&to=9999-12-31")), 400, "to");
  });
  it("the values a fact really has still pass", async () => {
    const res = await patchFact(write(`/api/facts/${injuryId}`, "PATCH", JSON.stringify({ status: "verified" })), params(injuryId));
    expect(res.status).toBe(200);
  });
});
