import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Lets several checkouts' servers (tests, screenshots, parallel work) build side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
