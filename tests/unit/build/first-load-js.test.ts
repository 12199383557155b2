import { describe, expect, it } from "vitest";
import { scriptsOfPage } from "@/lib/build/first-load-js";

describe("scriptsOfPage", () => {
  it("counts every script a page loads, once, except the noModule polyfills modern browsers skip", () => {
    const html = `<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/poly.js" noModule=""></script><link rel="preload" href="/_next/static/chunks/c.js"/><script src="/_next/static/chunks/a.js"></script><script src="/_next/static/chunks/b.js" async=""></script>`;
    expect(scriptsOfPage(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]);
  });
});
