/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build directory lets the e2e suite build beside a running dev server.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3"],
};

module.exports = nextConfig;
