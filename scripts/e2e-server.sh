#!/usr/bin/env bash
# The server the Playwright suite runs against: a production build on a fresh SQLite file.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
export DATABASE_URL="${E2E_DATABASE_URL:-file:./data/e2e.db}"
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-e2e}"
file="${DATABASE_URL#file:}"
rm -f "$file" "$file-journal" "$file-wal" "$file-shm"
bash scripts/prepare-db.sh
npx --no-install next build
exec npx --no-install next start --port "${PORT:?PORT is required}" --hostname 127.0.0.1
