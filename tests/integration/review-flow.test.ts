import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { GET as getFacts, POST as postFact } from "@/app/api/facts/route";
import { PATCH as patchFact } from "@/app/api/facts/[id]/route";
import { GET as getSeries } from "@/app/api/series/route";
import { GET as getCountries } from "@/app/api/countries/route";
import { GET as getSources, POST as postSource } from "@/app/api/sources/route";
import type { ApiFact } from "@/lib/facts/fact-row";
import { addAccount } from "./accounts-helpers";
import { createSeededDatabase, get } from "./test-database";

const TOKEN = "test-admin-token-0123456789";
process.env.ADMIN_TOKEN = TOKEN;
const PASSWORD = "olena's long password";

const ORIGIN = "http://localhost";
const belgorod = fs.readFileSync(path.join(process.cwd(), "tests/fixtures/dispatches/dev/belgorod-strike.txt"), "utf8");

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let cookie = "";

beforeAll(async () => {
  db = await createSeededDatabase();
  await addAccount("olena", "reviewer", PASSWORD, "Olena");
}, 60_000);
afterAll(() => db.cleanup());

function jsonRequest(url: string, method: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}${url}`, {
    method,
    headers: { "content-type": "application/json", host: "localhost", origin: ORIGIN, cookie, ...headers },
    body: JSON.stringify(body),
  });
}

async function loginAs(name: string, password: string) {
  const form = new URLSearchParams({ name, password, next: "/review" });
  return login(new Request(`${ORIGIN}/api/auth/login`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN, host: "localhost" }, body: form }));
}

describe("admin access", () => {
  it("writing without a session is 401", async () => {
    const res = await postSource(jsonRequest("/api/sources", "POST", { text: belgorod, publishedAt: "2023-12-30" }, { cookie: "" }));
    expect(res.status).toBe(401);
  });

  it("a wrong password at login does not give a session", async () => {
    const res = await loginAs("olena", "wrong-password-wrong");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/login?error=wrong_credentials&next=%2Freview");
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("the right password gives an http-only, same-site session cookie", async () => {
    const res = await loginAs("olena", PASSWORD);
    expect(res.status).toBe(303);
    const setCookie = res.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    cookie = setCookie.split(";")[0]!;
  });

  it("a forged or tampered cookie is 401: sign in again", async () => {
    const forged = cookie.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    const res = await postSource(jsonRequest("/api/sources", "POST", { text: belgorod, publishedAt: "2023-12-30" }, { cookie: forged }));
    expect(res.status).toBe(401);
  });

  it("a cross-site post with a valid cookie is 403 (CSRF)", async () => {
    const res = await postSource(jsonRequest("/api/sources", "POST", { text: belgorod, publishedAt: "2023-12-30" }, { origin: "https://evil.example" }));
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("cross_site_request");
  });

  it("a bearer token works for scripts; a wrong one is 403", async () => {
    const res = await postSource(jsonRequest("/api/sources", "POST", { text: "x".repeat(10), publishedAt: "2023-12-30" }, { cookie: "", authorization: "Bearer nope" }));
    expect(res.status).toBe(403);
  });
});

describe("ingest, review, chart", () => {
  let proposed: ApiFact[] = [];

  it("rejects a bad dispatch with 400 naming the field", async () => {
    const res = await postSource(jsonRequest("/api/sources", "POST", { text: belgorod, publishedAt: "2023-12-32" }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { parameter: string } }).error.parameter).toBe("publishedAt");
  });

  it("POST /api/sources stores the dispatch and its facts as proposed", async () => {
    const res = await postSource(jsonRequest("/api/sources", "POST", { text: belgorod, publishedAt: "2023-12-30", publisher: "Test Wire" }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { sourceId: number; proposed: number[]; facts: ApiFact[] };
    expect(body.proposed.length).toBeGreaterThan(0);
    expect(body.facts.every((f) => f.status === "proposed")).toBe(true);
  });

  it("the same text again is stored once", async () => {
    const res = await postSource(jsonRequest("/api/sources", "POST", { text: belgorod, publishedAt: "2023-12-30" }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { created: boolean }).created).toBe(false);
  });

  it("its facts are found through /api/facts with status=proposed, not by default", async () => {
    const res = await getFacts(get("/api/facts?status=proposed&country=RU"));
    proposed = ((await res.json()) as { facts: ApiFact[] }).facts;
    const injury = proposed.find((f) => f.kind === "injury");
    expect(injury).toMatchObject({ place: "Belgorod", injured: 108, killed: 14, serious: 15, attacker: "UA" });
    const byDefault = ((await (await getFacts(get("/api/facts?country=RU&kind=injury"))).json()) as { facts: ApiFact[] }).facts;
    expect(byDefault.some((f) => f.place === "Belgorod")).toBe(false);
  });

  it("an edit that breaks the contract is 400 naming the field, and changes nothing", async () => {
    const injury = proposed.find((f) => f.kind === "injury")!;
    const res = await patchFact(jsonRequest(`/api/facts/${injury.id}`, "PATCH", { injured: -3 }), { params: Promise.resolve({ id: String(injury.id) }) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { parameter: string } }).error.parameter).toBe("injured");
  });

  it("verifying through the review flow records who and when, and the fact reaches the series", async () => {
    const reviewedAfter = Date.now();
    const injury = proposed.find((f) => f.kind === "injury")!;
    const res = await patchFact(jsonRequest(`/api/facts/${injury.id}`, "PATCH", { status: "verified", serious: 16 }), { params: Promise.resolve({ id: String(injury.id) }) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { fact: ApiFact; revisions: { field: string; oldValue: string; newValue: string; editor: string }[] };
    expect(body.fact).toMatchObject({ status: "verified", serious: 16 });
    expect(body.revisions.map((r) => [r.field, r.oldValue, r.newValue, r.editor]).sort()).toEqual([
      ["serious", "15", "16", "Olena"],
      ["status", "proposed", "verified", "Olena"],
    ]);
    const series = (await (await getSeries(get("/api/series?metric=injured,killed,serious&by=place&country=RU"))).json()) as { rows: Record<string, unknown>[] };
    expect(series.rows.find((r) => r.key === "Belgorod")).toMatchObject({ injured: 108, killed: 14, serious: 16 });
    // "Last updated" on the dispatch list and the filter bar moves with the review.
    const sources = (await (await getSources(get("/api/sources"))).json()) as { lastUpdated: string };
    const countries = (await (await getCountries(get("/api/countries"))).json()) as { lastUpdated: string };
    for (const lastUpdated of [sources.lastUpdated, countries.lastUpdated]) expect(Date.parse(lastUpdated)).toBeGreaterThanOrEqual(reviewedAfter);
  });

  it("a second dispatch reporting the same event corroborates the fact instead of counting it twice", async () => {
    const text = "Belgorod strike toll\nThe governor said 108 people were injured and 14 were killed in the Ukrainian attack on Belgorod on Saturday.";
    const res = await postSource(jsonRequest("/api/sources", "POST", { text, publishedAt: "2023-12-31" }));
    const body = (await res.json()) as { proposed: number[]; corroborated: number[] };
    const injury = proposed.find((f) => f.kind === "injury")!;
    expect(body.corroborated).toContain(injury.id);
    const series = (await (await getSeries(get("/api/series?metric=injured&by=place&country=RU"))).json()) as { rows: Record<string, unknown>[] };
    expect(series.rows.find((r) => r.key === "Belgorod")).toMatchObject({ injured: 108, facts: 1 });
  });

  it("a reviewer can add a fact by selecting its sentence", async () => {
    const injury = proposed.find((f) => f.kind === "injury")!;
    const sentence = "Russia's defence ministry said air defences had intercepted 13 of the rockets over the Belgorod region";
    const start = belgorod.indexOf(sentence);
    const res = await postFact(
      jsonRequest("/api/facts", "POST", {
        sourceId: injury.source.id, start, end: start + sentence.length,
        kind: "drone", date: "2023-12-30", country: "RU", place: "Belgorod", count: 13, launched: null, outcome: "shot_down", claimant: "RU",
      }),
    );
    expect(res.status).toBe(201);
    const { fact } = (await res.json()) as { fact: ApiFact };
    expect(fact).toMatchObject({ kind: "drone", count: 13, status: "verified", quote: sentence });
  });
});
