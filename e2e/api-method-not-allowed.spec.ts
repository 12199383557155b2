import { expect, test } from "@playwright/test";

/**
 * A method a real API route lacks gets the API's JSON 405 on the production server (Next's own 405
 * has an empty body): it names the method, the path and what the route takes, with an Allow header.
 */
for (const [method, path, allow] of [
  ["DELETE", "/api/countries", "GET, HEAD, OPTIONS"],
  ["POST", "/api/series?kind=drone", "GET, HEAD, OPTIONS"],
  ["GET", "/api/auth/login", "POST, OPTIONS"],
  ["PATCH", "/api/sources", "GET, POST, HEAD, OPTIONS"],
] as const) {
  test(`${method} ${path} is a JSON 405 with Allow: ${allow}`, async ({ request }) => {
    const res = await request.fetch(path, { method });
    expect(res.status()).toBe(405);
    expect(res.headers()["allow"]).toBe(allow);
    expect(res.headers()["content-type"]).toMatch(/^application\/json/);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("method_not_allowed");
    expect(body.error.message).toContain(`${method} is not supported at ${path.split("?")[0]}`);
  });
}
