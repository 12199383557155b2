import { describe, expect, it } from "vitest";
import { neutralizeFormula } from "@/lib/csv/neutralize-formula";
import { ApiError, ERROR_STATUS } from "@/lib/http/api-error";
import { errorResponse } from "@/lib/http/error-response";
import { admitHeavyRequest } from "@/lib/http/heavy-gate";
import { mediaType } from "@/lib/http/read-json-body";
import { DatabaseBusyError } from "@/lib/db/write-transaction";
import { QueryTimeoutError } from "@/lib/db/read-pool/read-pool";

describe("the formula guard looks past leading whitespace of every kind (issue 10, finding 10)", () => {
  it.each([" =1+1", "\u00a0=HYPERLINK(\"x\")", "\u3000+1", "\n=1", "\ufeff@SUM(A1)", "＝1+1", "  ＋1", "\u200b-2"])("neutralizes %j", (value) => {
    expect(neutralizeFormula(value)).toBe(`'${value}`);
  });
  it("leaves text that only contains such characters later alone", () => {
    expect(neutralizeFormula("Kyiv = capital")).toBe("Kyiv = capital");
    expect(neutralizeFormula(" Odesa")).toBe(" Odesa");
  });
});

describe("errors have one status per code", () => {
  it("the status comes from the code's row, whatever an older call site passes", () => {
    expect(new ApiError("too_many_requests", "slow down").status).toBe(429);
    expect(new ApiError(500, "not_found", "gone").status).toBe(404);
    for (const [code, status] of Object.entries(ERROR_STATUS)) expect(new ApiError(code as keyof typeof ERROR_STATUS, "m").status).toBe(status);
  });
  it("a locked database is a 503 with Retry-After, a stopped query too", async () => {
    const busy = errorResponse(new DatabaseBusyError(15_000));
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(((await busy.json()) as { error: { code: string } }).error.code).toBe("database_busy");
    const slow = errorResponse(new QueryTimeoutError(100));
    expect(slow.status).toBe(503);
    expect(slow.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});

describe("heavy requests are capped per client and overall (issue 10, finding 1)", () => {
  it("a client over its share gets 429 with Retry-After; a release frees the slot", () => {
    // Six: a browser's connections to one site, so one dashboard page fits.
    const releases = Array.from({ length: 6 }, () => admitHeavyRequest("10.0.0.1"));
    let refused: unknown;
    try {
      admitHeavyRequest("10.0.0.1");
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(429);
    expect((refused as ApiError).retryAfter).toBeGreaterThan(0);
    const other = admitHeavyRequest("10.0.0.2");
    releases.pop()!();
    const again = admitHeavyRequest("10.0.0.1");
    for (const release of [...releases, other, again]) release();
  });
  it("the server over its total gets 503", () => {
    const releases = Array.from({ length: 8 }, (_, i) => admitHeavyRequest(`10.0.1.${i}`));
    expect(() => admitHeavyRequest("10.0.1.0")).toThrow(expect.objectContaining({ status: 503 }));
    expect(() => admitHeavyRequest("10.0.2.1")).toThrow(expect.objectContaining({ status: 503 }));
    for (const release of releases) release();
  });
});

describe("media types are parsed, not searched", () => {
  it.each([
    ["application/json", "application/json", undefined],
    ["Application/JSON; charset=UTF-8", "application/json", "utf-8"],
    ["text/plain; x=application/json", "text/plain", undefined],
  ])("%s", (header, type, charset) => {
    expect(mediaType(header)).toEqual({ type, charset });
  });
});
