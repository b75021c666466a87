/**
 * The largest request body the proxy (proxy.ts) passes on whole: Next.js buffers bodies for it and
 * cuts them at 10 MB by default, which broke uploads to /import between 10 and 50 MB. At least
 * MAX_IMPORT_REQUEST_BYTES (lib/import/read-import-file.ts); lib/import/upload-limit.test.ts checks.
 * Server actions get the same bound: the import page posts its file to one without JavaScript, and
 * Next.js refuses action bodies over 1 MB by default.
 */
const MAX_REQUEST_BODY_BYTES = 50 * 1024 * 1024 + 64 * 1024;

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build directory lets the e2e suite build beside a running dev server.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm test` type-checks the whole project first (scripts/check-code.sh); the browser tests' build
  // (scripts/e2e-server.sh sets ATLAS_BUILD_TYPES_CHECKED=1) skips Next's second pass over the same
  // files, about half a minute on two cores. Every other build checks them.
  typescript: { ignoreBuildErrors: process.env.ATLAS_BUILD_TYPES_CHECKED === "1" },
  // PDFKit reads its bundled fonts (.afm files) from its own folder at run time (decision 022).
  serverExternalPackages: ["better-sqlite3", "pdfkit"],
  experimental: {
    proxyClientMaxBodySize: MAX_REQUEST_BODY_BYTES,
    serverActions: { bodySizeLimit: MAX_REQUEST_BODY_BYTES },
  },
};

module.exports = nextConfig;
