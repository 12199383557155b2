import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EDITOR_API_PATHS, PUBLIC_API_PATHS, unknownApiPath } from "@/lib/http/api-paths";

/** The paths of app/api's route files, with [segment] written {segment}; the catch-all left out. */
function routePaths(dir = path.join(process.cwd(), "app/api"), prefix = "/api"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "route.ts" ? [prefix] : [];
    if (entry.name.startsWith("[[...")) return [];
    return routePaths(path.join(dir, entry.name), `${prefix}/${entry.name.replace(/^\[(.+)\]$/, "{$1}")}`);
  });
}

describe("the API's list of its own paths", () => {
  it("names every route under app/api/ and nothing else", () => {
    expect([...PUBLIC_API_PATHS, ...EDITOR_API_PATHS].sort()).toEqual(routePaths().sort());
  });

  it("a 404 for an unknown path names the path and the read endpoints", () => {
    const err = unknownApiPath("/api/nope");
    expect(err.status).toBe(404);
    expect(err.code).toBe("not_found");
    expect(err.message).toMatch(/^No API endpoint at "\/api\/nope"\./);
    for (const p of PUBLIC_API_PATHS) expect(err.message).toContain(p);
  });

  it("a very long unknown path is cut short in the message", () => {
    expect(unknownApiPath(`/api/${"x".repeat(5000)}`).message.length).toBeLessThan(600);
  });
});
