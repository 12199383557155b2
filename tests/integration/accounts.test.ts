import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as logout } from "@/app/api/auth/logout/route";
import { GET as listUsers } from "@/app/api/admin/users/route";
import { PATCH as patchUser } from "@/app/api/admin/users/[name]/route";
import { GET as listSessionsRoute } from "@/app/api/admin/sessions/route";
import { DELETE as revokeSessionRoute } from "@/app/api/admin/sessions/[id]/route";
import { GET as getFacts } from "@/app/api/facts/route";
import { PATCH as patchFact } from "@/app/api/facts/[id]/route";
import { POST as postSource } from "@/app/api/sources/route";
import { resetAccountPassword, setAccountDisabled } from "@/lib/auth/accounts";
import { getDb } from "@/lib/db/client";
import type { ApiFact } from "@/lib/facts/fact-row";
import { getRevisions } from "@/lib/review/get-revisions";
import { addAccount, formLogin, jsonRequest, ORIGIN, signIn } from "./accounts-helpers";
import { createSeededDatabase, get } from "./test-database";

process.env.ADMIN_TOKEN = "test-admin-token-0123456789";
const PASSWORD = "correct horse battery";

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let fact: ApiFact;

beforeAll(async () => {
  db = await createSeededDatabase();
  await addAccount("olena.k", "reviewer", PASSWORD, "Olena Kovalenko");
  await addAccount("chief", "admin", PASSWORD, "Chief Editor");
  fact = ((await (await getFacts(get("/api/facts?limit=1"))).json()) as { facts: ApiFact[] }).facts[0]!;
}, 60_000);
afterAll(() => db.cleanup());

const patch = (cookie: string, body: unknown = { status: "verified" }, headers: Record<string, string> = {}) =>
  patchFact(jsonRequest(`/api/facts/${fact.id}`, "PATCH", body, { cookie, ...headers }), { params: Promise.resolve({ id: String(fact.id) }) });

describe("named accounts (finding 11)", () => {
  it("signs in with name and password; a revision shows the display name, never the login name", async () => {
    const cookie = await signIn("olena.k", PASSWORD);
    const res = await patch(cookie, { status: "rejected" });
    expect(res.status).toBe(200);
    const revisions = await getRevisions(getDb(), [fact.id]);
    expect(revisions[0]).toMatchObject({ field: "status", newValue: "rejected", editor: "Olena Kovalenko" });
    expect(JSON.stringify(revisions)).not.toContain("olena.k");
    await patch(cookie, { status: "verified" });
  });

  it("a wrong password and an unknown name fail the same way, with no cookie", async () => {
    for (const [name, password, address] of [["olena.k", "wrong password!", "198.51.100.7"], ["nobody", PASSWORD, "198.51.100.8"]] as const) {
      const res = await formLogin({ name, password }, address);
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe("/login?error=wrong_credentials&next=%2Freview");
      expect(res.headers.get("set-cookie")).toBeNull();
    }
  });

  it("a reviewer may review but not manage accounts; an admin may", async () => {
    const reviewer = await signIn("olena.k", PASSWORD);
    expect((await listUsers(jsonRequest("/api/admin/users", "GET", undefined, { cookie: reviewer }))).status).toBe(403);
    const admin = await signIn("chief", PASSWORD);
    const res = await listUsers(jsonRequest("/api/admin/users", "GET", undefined, { cookie: admin }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { users: Record<string, unknown>[] };
    expect(body.users.map((u) => u.name)).toEqual(["chief", "olena.k"]);
    expect(JSON.stringify(body)).not.toContain("scrypt");
  });

  it("ADMIN_TOKEN still works as a Bearer token for scripts, acting as an admin", async () => {
    const res = await listUsers(jsonRequest("/api/admin/users", "GET", undefined, { authorization: `Bearer ${process.env.ADMIN_TOKEN}` }));
    expect(res.status).toBe(200);
  });
});

describe("sessions end when they should (finding 6)", () => {
  it("a cookie captured before logout is refused after it", async () => {
    const cookie = await signIn("olena.k", PASSWORD);
    expect((await patch(cookie)).status).toBe(200);
    const out = await logout(jsonRequest("/api/auth/logout", "POST", undefined, { cookie }));
    expect(out.status).toBe(303);
    expect(out.headers.get("set-cookie")).toMatch(/Max-Age=0/);
    expect((await patch(cookie)).status).toBe(401);
  });

  it("disabling an account and resetting its password end its sessions", async () => {
    const a = await signIn("olena.k", PASSWORD);
    await setAccountDisabled(getDb(), "olena.k", true);
    expect((await patch(a)).status).toBe(401);
    expect((await formLogin({ name: "olena.k", password: PASSWORD }, "198.51.100.9")).headers.get("set-cookie")).toBeNull();
    await setAccountDisabled(getDb(), "olena.k", false);
    const b = await signIn("olena.k", PASSWORD);
    await resetAccountPassword(getDb(), "olena.k", PASSWORD);
    expect((await patch(b)).status).toBe(401);
  });

  it("an admin lists sessions and revokes one", async () => {
    const victim = await signIn("olena.k", PASSWORD);
    const admin = await signIn("chief", PASSWORD);
    const listed = (await (await listSessionsRoute(jsonRequest("/api/admin/sessions", "GET", undefined, { cookie: admin }))).json()) as { sessions: { id: number; account: string; ip: string }[] };
    const session = listed.sessions.find((s) => s.account === "olena.k")!;
    expect(session.ip).toBe("203.0.113.1");
    const res = await revokeSessionRoute(jsonRequest(`/api/admin/sessions/${session.id}`, "DELETE", undefined, { cookie: admin }), { params: Promise.resolve({ id: String(session.id) }) });
    expect(res.status).toBe(204);
    expect((await patch(victim)).status).toBe(401);
  });

  it("an admin disables an account through the API, which ends its sessions", async () => {
    const victim = await signIn("olena.k", PASSWORD);
    const admin = await signIn("chief", PASSWORD);
    const res = await patchUser(jsonRequest("/api/admin/users/olena.k", "PATCH", { disabled: true }, { cookie: admin }), { params: Promise.resolve({ name: "olena.k" }) });
    expect(res.status).toBe(200);
    expect((await patch(victim)).status).toBe(401);
    await setAccountDisabled(getDb(), "olena.k", false);
  });
});

describe("sign-in from another site (login CSRF)", () => {
  it("a sign-in posted from another origin is refused and sets no cookie", async () => {
    const res = await formLogin({ name: "chief", password: PASSWORD }, "198.51.100.40", { origin: "https://evil.example" });
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(res.headers.get("location")).toMatch(/^\/login\?error=cross_site_request/);
  });
});

describe("malformed cookies (finding 8)", () => {
  it.each(["factboard_session=%ff", "factboard_admin=%ff", "factboard_session=", "factboard_session=a=b=c; other=%zz"])("%s on a write is 401, not 500", async (cookie) => {
    const res = await patch(cookie);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
  });
});

describe("the next parameter stays on this site (findings 5 and 8)", () => {
  it.each([
    ["/\\evil.example/phish", "/review"],
    ["//evil.example/phish", "/review"],
    ["https://evil.example/", "/review"],
    ["/%5Cevil.example", "/%5Cevil.example"],
    ["javascript:alert(1)", "/review"],
    ["/中文", "/%E4%B8%AD%E6%96%87"],
    ["/review/1?x=1#fact-2", "/review/1?x=1#fact-2"],
  ])("next=%s signs in to %s", async (next, expected) => {
    const res = await formLogin({ name: "chief", password: PASSWORD, next }, "198.51.100.20");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(expected);
    expect(new URL(res.headers.get("location")!, ORIGIN).origin).toBe(ORIGIN);
  });
});

describe("the origin check compares scheme and host with our own (finding 10)", () => {
  it("refuses another scheme, another host, and a forged X-Forwarded-Host without TRUST_PROXY", async () => {
    const cookie = await signIn("olena.k", PASSWORD);
    for (const headers of <Record<string, string>[]>[
      { origin: "https://localhost" },
      { origin: "http://localhost.evil.example" },
      { origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
      { origin: "null" },
    ]) {
      const res = await patch(cookie, { status: "verified" }, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
    expect((await patch(cookie, { status: "verified" }, { origin: ORIGIN })).status).toBe(200);
  });
});

describe("the login reads at most a few kB (finding 4)", () => {
  /** A 100 MB body produced on demand, counting what the server pulled. */
  function hugeBody(total: number) {
    const chunk = new Uint8Array(64 * 1024).fill(97);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= total) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    return { stream, pulled: () => sent };
  }

  it("refuses a declared 100 MB body with 413 without reading it", async () => {
    const body = hugeBody(100 * 1024 * 1024);
    const { POST: login } = await import("@/app/api/auth/login/route");
    const answer = await login(
      new Request(`${ORIGIN}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json", "content-length": String(100 * 1024 * 1024) }, body: body.stream, duplex: "half" } as RequestInit),
    );
    expect(answer.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(2 * 64 * 1024);
  });

  it("stops reading an undeclared (chunked) body as soon as it passes the cap", async () => {
    const body = hugeBody(100 * 1024 * 1024);
    const { POST: login } = await import("@/app/api/auth/login/route");
    const answer = await login(
      new Request(`${ORIGIN}/api/auth/login`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: body.stream, duplex: "half" } as RequestInit),
    );
    expect(answer.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(3 * 64 * 1024);
  });
});

describe("only an admin deletes a dispatch", () => {
  it("a reviewer gets 403; an admin deletes it and its facts leave the charts", { timeout: 60_000 }, async () => {
    const { DELETE: deleteSourceRoute } = await import("@/app/api/sources/[id]/route");
    const { GET: getSeries } = await import("@/app/api/series/route");
    const admin = await signIn("chief", PASSWORD);
    const text = "Kharkiv strike\nThe governor said 31 people were injured and 4 were killed in a Russian missile attack on Kharkiv on Sunday.";
    const created = (await (await postSource(jsonRequest("/api/sources", "POST", { text, publishedAt: "2024-01-14" }, { cookie: admin }))).json()) as { sourceId: number; facts: ApiFact[] };
    expect(created.facts.length).toBeGreaterThan(0);
    const total = async () => ((await (await getSeries(get("/api/series?metric=facts&by=status&status=proposed,verified,rejected"))).json()) as { rows: { facts: number }[] }).rows.reduce((n, r) => n + r.facts, 0);
    const before = await total();
    const del = (cookie: string) => deleteSourceRoute(jsonRequest(`/api/sources/${created.sourceId}`, "DELETE", undefined, { cookie }), { params: Promise.resolve({ id: String(created.sourceId) }) });
    expect((await del(await signIn("olena.k", PASSWORD))).status).toBe(403);
    const res = await del(admin);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { deletedFacts: number }).deletedFacts).toBe(created.facts.length);
    expect(await total()).toBe(before - created.facts.length);
    expect((await del(admin)).status).toBe(404);
  });
});
