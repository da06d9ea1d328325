import path from "node:path";
import type { NextConfig } from "next";

// Rewrites are fixed when the app is built: set API_URL at `next build` time, not at `next start`.
const apiUrl = (process.env.API_URL ?? "http://127.0.0.1:4000").replace(/\/+$/, "");
const repoRoot = path.resolve(import.meta.dirname, "../..");

const config: NextConfig = {
  transpilePackages: ["@traction/schemas"],
  poweredByHeader: false,
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
  // The e2e harness sets this: `pnpm test` has already run `tsc` over the workspace.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  // Same-origin /api keeps the refresh cookie (httpOnly, path /api/v1/auth) first-party.
  async rewrites() {
    return [{ source: "/api/:path*", destination: `${apiUrl}/api/:path*` }];
  },
};

export default config;
