#!/usr/bin/env bash
# The server the Playwright suite runs against: a production build on a fresh SQLite file.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
export DATABASE_URL="${E2E_DATABASE_URL:-file:./data/e2e.db}"
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-e2e}"
# E2E_SERVE_ONLY=1: serve the build and database the first server of this run prepared (a second
# server with other settings, e.g. ATLAS_PUBLIC_READ=false); Playwright starts the servers in order.
if [ "${E2E_SERVE_ONLY:-}" = 1 ]; then
  exec npx --no-install tsx scripts/serve.ts --port "${PORT:?PORT is required}" --hostname 127.0.0.1
fi
file="${DATABASE_URL#file:}"
rm -f "$file" "$file-journal" "$file-wal" "$file-shm"
bash scripts/prepare-db.sh
npx --no-install next build
exec npx --no-install tsx scripts/serve.ts --port "${PORT:?PORT is required}" --hostname 127.0.0.1
