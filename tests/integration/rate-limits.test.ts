import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { PATCH as patchFact } from "@/app/api/facts/[id]/route";
import { GET as getFacts } from "@/app/api/facts/route";
import { POST as postSource } from "@/app/api/sources/route";
import { RULES } from "@/lib/auth/rate-limit";
import type { ApiFact } from "@/lib/facts/fact-row";
import { addAccount, formLogin, jsonRequest, signIn } from "./accounts-helpers";
import { createSeededDatabase, get } from "./test-database";

process.env.ADMIN_TOKEN = "test-admin-token-0123456789";
const PASSWORD = "correct horse battery";

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
beforeAll(async () => {
  db = await createSeededDatabase();
  await addAccount("olena", "reviewer", PASSWORD);
  await addAccount("ivan", "reviewer", PASSWORD);
  await addAccount("petro", "reviewer", PASSWORD);
}, 60_000);
afterAll(() => db.cleanup());

describe("guessing is not free (finding 3)", () => {
  it("failed sign-ins from one address get 429 with a growing Retry-After, and then even the right password waits", { timeout: 120_000 }, async () => {
    const address = "192.0.2.10";
    const statuses: number[] = [];
    // Different accounts, so only the per-address limit can be what stops it.
    for (let i = 0; i < RULES.loginPerAddress.free; i += 1) statuses.push((await formLogin({ name: `nobody${i}`, password: "wrong password" }, address)).status);
    expect(statuses.every((s) => s === 303)).toBe(true);
    const first = await formLogin({ name: "nobody-x", password: "wrong password" }, address);
    expect(first.status).toBe(429);
    expect(first.headers.get("retry-after")).toBe("1");
    const blocked = await formLogin({ name: "olena", password: PASSWORD }, address);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("set-cookie")).toBeNull();
    await new Promise((r) => setTimeout(r, 1100));
    const second = await formLogin({ name: "nobody-y", password: "wrong password" }, address);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get("retry-after"))).toBe(2);
    // Another address is not affected.
    expect((await formLogin({ name: "olena", password: PASSWORD }, "192.0.2.99")).status).toBe(303);
  });

  it("failed sign-ins to one account from many addresses are limited per account", { timeout: 120_000 }, async () => {
    for (let i = 0; i < RULES.loginPerAccount.free; i += 1) expect((await formLogin({ name: "ivan", password: "wrong password" }, `192.0.2.${20 + i}`)).status).toBe(303);
    const res = await formLogin({ name: "ivan", password: "wrong password" }, "192.0.2.40");
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    // JSON clients get the JSON error shape.
    const json = await login(
      new Request("http://localhost/api/auth/login", { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.41" }, body: JSON.stringify({ name: "ivan", password: PASSWORD }) }),
    );
    expect(json.status).toBe(429);
    expect(((await json.json()) as { error: { code: string } }).error.code).toBe("too_many_requests");
  });

  it("wrong Bearer tokens from one address get 429", async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= RULES.bearerPerAddress.free; i += 1) {
      const res = await postSource(jsonRequest("/api/sources", "POST", { text: "x".repeat(20), publishedAt: "2023-12-30" }, { authorization: `Bearer guess-${i}-0123456789`, "x-forwarded-for": "192.0.2.50" }));
      statuses.push(res.status);
      if (res.status === 429) expect(res.headers.get("retry-after")).toBe("1");
    }
    expect(statuses).toEqual([...Array(RULES.bearerPerAddress.free).fill(403), 429]);
    // While blocked, even the right token from that address waits; from another it works.
    const right = { authorization: `Bearer ${process.env.ADMIN_TOKEN}` };
    expect((await postSource(jsonRequest("/api/sources", "POST", { text: "no", publishedAt: "2023-12-30" }, { ...right, "x-forwarded-for": "192.0.2.50" }))).status).toBe(429);
    expect((await postSource(jsonRequest("/api/sources", "POST", { text: "no", publishedAt: "2023-12-30" }, { ...right, "x-forwarded-for": "192.0.2.51" }))).status).toBe(400);
  });

  it("writes per session are capped per minute", { timeout: 120_000 }, async () => {
    const cookie = await signIn("petro", PASSWORD, "192.0.2.60");
    const fact = ((await (await getFacts(get("/api/facts?limit=1"))).json()) as { facts: ApiFact[] }).facts[0]!;
    const send = () => patchFact(jsonRequest(`/api/facts/${fact.id}`, "PATCH", { status: "verified" }, { cookie }), { params: Promise.resolve({ id: String(fact.id) }) });
    const statuses: number[] = [];
    for (let i = 0; i <= RULES.writesPerSession.free; i += 1) statuses.push((await send()).status);
    expect(statuses.slice(0, -1).every((s) => s === 200)).toBe(true);
    const last = await send();
    expect(last.status).toBe(429);
    expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(last.headers.get("retry-after"))).toBeLessThanOrEqual(60);
  });
});
