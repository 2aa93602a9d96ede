import { fileURLToPath } from "node:url";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";
import { securityHeaders } from "./lib/serve/security-headers.mjs";

/** @type {(phase: string) => import('next').NextConfig} */
export default function nextConfig(phase) {
  const development = phase === PHASE_DEVELOPMENT_SERVER;
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // Edit mode's route (app/api/corrections/route.dev.ts) is a page extension of its own that only
    // `next dev` knows, so `next build` never compiles it: the production build has no route and
    // no code of edit mode at all.
    pageExtensions: development ? ["dev.ts", "tsx", "ts", "jsx", "js"] : ["tsx", "ts", "jsx", "js"],
    // `next dev` builds into .next/dev (as Next 16 does), so a development server, and the edit-mode
    // test that starts one, never overwrite the production build that `next start` and
    // scripts/measure-js.ts read from .next.
    ...(development ? { distDir: ".next/dev" } : {}),
    // Pages rendered on demand are kept in memory and checked against the database on every request
    // (lib/serve/page-cache.mjs), never written to disk.
    cacheHandler: fileURLToPath(new URL("./lib/serve/page-cache.mjs", import.meta.url)),
    cacheMaxMemorySize: 0,
    // The database driver is a native addon, and tinypool starts its worker threads from files beside
    // its own module (lib/serve/concordance-summary.ts): both loaded by Node, never bundled.
    serverExternalPackages: ["better-sqlite3", "tinypool"],
    // Pages rendered on demand say how long a shared cache (a CDN in front of several servers) may
    // keep them: Next's own header for them is a year, but a build can change any article at any
    // time. Browsers check each time (ETag, 304); a CDN serves a page up to 5 minutes old, and
    // older ones only while it fetches the new one.
    async headers() {
      const shared = [{ key: "Cache-Control", value: "public, max-age=0, s-maxage=300, stale-while-revalidate=86400" }];
      return [
        // Every response, pages, data and downloads alike (lib/serve/security-headers.mjs).
        { source: "/:path*", headers: securityHeaders({ development }) },
        { source: "/articles/:slug", headers: shared },
        { source: "/articles/:slug/:data(alignment.json|words.json)", headers: shared },
        { source: "/archive/:year(\\d{4})", headers: shared },
      ];
    },
  };
}
