import { describe, expect, it, vi } from "vitest";
import { invalidParameter } from "@/lib/http/api-error";
import { errorResponse } from "@/lib/http/error-response";
import { searchParamsToObject } from "@/lib/http/search-params";

describe("error responses", () => {
  it("an unexpected error is a generic 500: no message, no stack trace", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = errorResponse(new Error("SQLITE_CORRUPT at /work/main/data/factboard.db"));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/SQLITE|\/work|at .*\.ts/);
    expect(JSON.parse(text)).toEqual({ error: { code: "internal_error", message: expect.any(String) } });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("an ApiError keeps its status, code and parameter", async () => {
    const res = errorResponse(invalidParameter("from", 'invalid from "x"'));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "invalid_parameter", message: 'invalid from "x"', parameter: "from" } });
  });
});

describe("query strings", () => {
  it("refuse unknown parameters and repeated single ones", () => {
    expect(() => searchParamsToObject(new URLSearchParams("contry=RO"), ["country"], ["country"])).toThrow(/unknown parameter "contry"/);
    expect(() => searchParamsToObject(new URLSearchParams("from=a&from=b"), ["from"], [])).toThrow(/given 2 times/);
  });
});
