import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchFact } from "@/app/api/facts/[id]/route";
import { GET as getFacts } from "@/app/api/facts/route";
import type { ApiFact } from "@/lib/facts/fact-row";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { addAccount, formLogin, jsonRequest } from "./accounts-helpers";
import { createSeededDatabase, get } from "./test-database";

// Behind a TLS proxy: the app sees http://localhost, the browser https://factboard.example.
process.env.TRUST_PROXY = "1";
const PASSWORD = "correct horse battery";
const PROXIED = { "x-forwarded-host": "factboard.example", "x-forwarded-proto": "https" };

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let fact: ApiFact;
beforeAll(async () => {
  db = await createSeededDatabase();
  await addAccount("olena", "reviewer", PASSWORD);
  fact = ((await (await getFacts(get("/api/facts?limit=1"))).json()) as { facts: ApiFact[] }).facts[0]!;
}, 60_000);
afterAll(() => db.cleanup());

const patch = (headers: Record<string, string>) =>
  patchFact(jsonRequest(`/api/facts/${fact.id}`, "PATCH", { status: "verified" }, headers), { params: Promise.resolve({ id: String(fact.id) }) });

describe("with TRUST_PROXY=1 (finding 10)", () => {
  let cookie = "";

  it("the session cookie is Secure when the proxy says the browser used HTTPS", async () => {
    const res = await formLogin({ name: "olena", password: PASSWORD }, "10.0.0.1, 203.0.113.5", { ...PROXIED, origin: "https://factboard.example" });
    const setCookie = res.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/; Secure/);
    cookie = setCookie.split(";")[0]!;
  });

  it("a write from the proxied origin passes; the same host over http or another host does not", async () => {
    expect((await patch({ cookie, ...PROXIED, origin: "https://factboard.example" })).status).toBe(200);
    expect((await patch({ cookie, ...PROXIED, origin: "http://factboard.example" })).status).toBe(403);
    expect((await patch({ cookie, ...PROXIED, origin: "https://localhost" })).status).toBe(403);
  });

  it("pages and API answers carry HSTS when the proxy says the browser used HTTPS, not over plain HTTP", () => {
    const https = proxy(new NextRequest("http://localhost/api/countries", { headers: PROXIED }));
    expect(https.headers.get("strict-transport-security")).toMatch(/^max-age=\d+/);
    const plain = proxy(new NextRequest("http://localhost/api/countries", { headers: { ...PROXIED, "x-forwarded-proto": "http" } }));
    expect(plain.headers.get("strict-transport-security")).toBeNull();
  });
});
