#!/usr/bin/env bash
# The server the Playwright suite runs against: a production build on a fresh database, a SQLite file
# by default, or the empty PostgreSQL database E2E_DATABASE_URL names (`npm run test:pg` creates one).
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
case "$DATABASE_URL" in
  file:*)
    file="${DATABASE_URL#file:}"
    rm -f "$file" "$file-journal" "$file-wal" "$file-shm"
    ;;
  postgres://* | postgresql://*)
    # Never empty a PostgreSQL database here: it may be someone's Atlas. The tests need a new one.
    tables="$(psql --no-psqlrc -tAq -d "$DATABASE_URL" -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")"
    if [ "$tables" != 0 ]; then
      echo "e2e-server: E2E_DATABASE_URL must name an empty PostgreSQL database (it already holds tables); npm run test:pg makes one." >&2
      exit 1
    fi
    ;;
esac
bash scripts/prepare-db.sh
# E2E_REUSE_BUILD=1 serves the build already in $NEXT_DIST_DIR (CI: `npm test` just made it; the build
# does not depend on the database, whose URL is read at run time).
if [ "${E2E_REUSE_BUILD:-}" = 1 ] && [ -f "$NEXT_DIST_DIR/BUILD_ID" ]; then
  echo "e2e-server: serving the existing build in $NEXT_DIST_DIR (E2E_REUSE_BUILD=1)"
else
  # npm test type-checked the project before the browser tests (next.config.js).
  ATLAS_BUILD_TYPES_CHECKED=1 npx --no-install next build
fi
exec npx --no-install tsx scripts/serve.ts --port "${PORT:?PORT is required}" --hostname 127.0.0.1
