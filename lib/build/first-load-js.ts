import fs from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** The dashboard pages the budget holds for. */
export const DASHBOARD_PAGES = ["/", "/injuries", "/drones", "/aid", "/shelters", "/map"] as const;

export const BUDGET_BYTES = 200 * 1024;

export interface PageWeight {
  page: string;
  scripts: number;
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * The script chunks a prerendered page loads before it is interactive: every <script src> in its
 * HTML, except the noModule polyfills, which browsers that run modules never download.
 */
export function scriptsOfPage(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<script([^>]*)\ssrc="([^"]+\.js)"([^>]*)>/g)) {
    if (/\bnoModule\b/i.test(`${m[1]} ${m[3]}`)) continue;
    found.add(m[2] ?? "");
  }
  return [...found].filter((s) => s.startsWith("/_next/static/"));
}

/**
 * First-load JavaScript of pages whose HTML is given (as a server answered it), measured from
 * the build's chunks (distDir: `.next` or NEXT_DIST_DIR) as the browser receives them: raw, gzip
 * (what `next start` sends) and brotli. Pages are rendered per request (their CSP nonce), so the
 * HTML comes from a running server: the end-to-end suite's budget test asks it.
 */
export function weighPages(distDir: string, pages: readonly { page: string; html: string }[]): PageWeight[] {
  const sizes = new Map<string, { raw: number; gzip: number; brotli: number }>();
  const sizeOf = (src: string) => {
    const cached = sizes.get(src);
    if (cached) return cached;
    const file = path.join(distDir, "static", src.replace(/^\/_next\/static\//, ""));
    const body = fs.readFileSync(file);
    const size = {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    sizes.set(src, size);
    return size;
  };
  return pages.map(({ page, html }) => {
    const scripts = scriptsOfPage(html);
    const total = { page, scripts: scripts.length, raw: 0, gzip: 0, brotli: 0 };
    for (const src of scripts) {
      const s = sizeOf(src);
      total.raw += s.raw;
      total.gzip += s.gzip;
      total.brotli += s.brotli;
    }
    return total;
  });
}
