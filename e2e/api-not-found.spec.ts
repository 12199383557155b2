import { expect, test } from "@playwright/test";

/**
 * An unknown path under /api/ is the API's JSON 404, for every method, not Next's HTML page;
 * the message names the path and the endpoints that exist. Known routes still win.
 */
for (const [method, path] of [
  ["GET", "/api/nope"],
  ["GET", "/api"],
  ["GET", "/api/facts/1/quotes?x=1"],
  ["POST", "/api/nope"],
  ["PATCH", "/api/v2/facts/1"],
  ["DELETE", "/api/nope"],
  ["OPTIONS", "/api/nope"],
] as const) {
  test(`${method} ${path} is a JSON 404 naming the path and the API's endpoints`, async ({ request }) => {
    const res = await request.fetch(path, { method });
    expect(res.status()).toBe(404);
    expect(res.headers()["content-type"]).toMatch(/^application\/json/);
    expect(res.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(Object.keys(body.error).sort()).toEqual(["code", "message"]);
    expect(body.error.code).toBe("not_found");
    expect(body.error.message).toContain(`"${path.split("?")[0]}"`);
    expect(body.error.message).toContain("/api/facts");
    expect(body.error.message).toContain("/api/series");
  });
}

test("HEAD of an unknown API path is a 404 too", async ({ request }) => {
  expect((await request.head("/api/nope")).status()).toBe(404);
});

test("the catch-all does not shadow real routes or pages", async ({ request }) => {
  expect((await request.get("/api/countries")).status()).toBe(200);
  expect((await request.get("/api/facts/999999999")).status()).toBe(404);
  expect(((await (await request.get("/api/facts/999999999")).json()) as { error: { message: string } }).error.message).not.toContain("No API endpoint");
  // A method a route lacks is still its 405, not this 404.
  expect((await request.fetch("/api/countries", { method: "DELETE" })).status()).toBe(405);
  // Pages keep Next's HTML 404.
  const page = await request.get("/no-such-page");
  expect(page.status()).toBe(404);
  expect(page.headers()["content-type"]).toMatch(/text\/html/);
});
