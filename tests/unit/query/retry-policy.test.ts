import { describe, expect, it } from "vitest";
import { HttpError, MAX_WAIT_RETRIES, parseRetryAfter, retryDelay, shouldRetry } from "@/lib/query/retry-policy";

describe("when a chart asks again", () => {
  it("waits as told and asks again when the server is busy (429, 503), up to a limit", () => {
    const busy = new HttpError("wait", 429, 1000);
    for (let n = 0; n < MAX_WAIT_RETRIES; n++) expect(shouldRetry(n, busy)).toBe(true);
    expect(shouldRetry(MAX_WAIT_RETRIES, busy)).toBe(false);
    expect(retryDelay(0, busy)).toBe(1000);
    expect(retryDelay(3, new HttpError("busy", 503, 2000))).toBe(2000);
  });

  it("never repeats a request the server refused for what it asks (400, 404)", () => {
    expect(shouldRetry(0, new HttpError("bad from", 400, null))).toBe(false);
    expect(shouldRetry(0, new HttpError("gone", 404, null))).toBe(false);
  });

  it("tries once more after a server error or a network failure, backing off", () => {
    expect(shouldRetry(0, new HttpError("oops", 500, null))).toBe(true);
    expect(shouldRetry(1, new HttpError("oops", 500, null))).toBe(false);
    expect(shouldRetry(0, new TypeError("Failed to fetch"))).toBe(true);
    expect(shouldRetry(1, new TypeError("Failed to fetch"))).toBe(false);
    expect(retryDelay(0, new TypeError("Failed to fetch"))).toBe(1000);
    expect(retryDelay(1, new TypeError("Failed to fetch"))).toBe(2000);
  });

  it("reads Retry-After as seconds or as a date, and caps a long one", () => {
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter("Wed, 02 Dec 2026 06:00:10 GMT", Date.parse("2026-12-02T06:00:00Z"))).toBe(10_000);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter("soon")).toBeNull();
    expect(retryDelay(0, new HttpError("wait", 429, 600_000))).toBe(30_000);
  });
});
