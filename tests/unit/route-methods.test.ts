import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { methodsAt, ROUTE_METHODS } from "@/lib/http/route-methods";
import { proxy } from "@/proxy";

/** Each route file under app/api/ as its path template ([segment] written {segment}) and the methods it exports. */
function routeExports(dir = path.join(process.cwd(), "app/api"), prefix = "/api"): Array<[string, string[]]> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): Array<[string, string[]]> => {
    const full = path.join(dir, entry.name);
    if (entry.isFile()) {
      if (entry.name !== "route.ts") return [];
      const methods = [...readFileSync(full, "utf8").matchAll(/^export (?:const|async function|function) (GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/gm)].map((m) => m[1]!);
      return [[prefix, methods.sort()]];
    }
    if (entry.name.startsWith("[[...")) return [];
    return routeExports(full, `${prefix}/${entry.name.replace(/^\[(.+)\]$/, "{$1}")}`);
  });
}

describe("which methods each API route answers", () => {
  it("the table names every route file and exactly the methods it exports", () => {
    const table = Object.entries(ROUTE_METHODS).map(([p, ms]): [string, string[]] => [p, [...ms].sort()]);
    expect(Object.fromEntries(table)).toEqual(Object.fromEntries(routeExports()));
  });

  it("matches a template's {segment} to one non-empty segment only", () => {
    expect(methodsAt("/api/facts/42")).toEqual(["GET", "PATCH", "HEAD", "OPTIONS"]);
    expect(methodsAt("/api/facts/42/extra")).toBeNull();
    expect(methodsAt("/api/nope")).toBeNull();
    expect(methodsAt("/api/series")).toEqual(["GET", "HEAD", "OPTIONS"]);
  });
});

describe("a method a real route lacks", () => {
  it("gets the API's JSON 405 naming the method, the path and what the route takes, with Allow", async () => {
    const res = proxy(new NextRequest("http://localhost/api/series?kind=drone", { method: "DELETE" }));
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("method_not_allowed");
    expect(body.error.message).toBe("DELETE is not supported at /api/series: it answers GET. The README's API section documents each endpoint.");
  });

  it("a write route refuses GET the same way", async () => {
    const res = proxy(new NextRequest("http://localhost/api/auth/login"));
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST, OPTIONS");
  });

  it("passes the methods a route has, HEAD where it has GET, and unknown paths on to their routes", () => {
    for (const [url, method] of [["/api/series", "GET"], ["/api/series", "HEAD"], ["/api/facts/7", "PATCH"], ["/api/sources", "OPTIONS"], ["/api/nope", "DELETE"]] as const) {
      const res = proxy(new NextRequest(`http://localhost${url}`, { method }));
      expect(res.status, `${method} ${url}`).not.toBe(405);
    }
  });
});
