#!/usr/bin/env bash
# Brings the database up to date: applies migrations, seeds it if it holds no incidents, and refreshes
# the query planner's statistics.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
mkdir -p data

# Prisma's CLI prints notices nobody can act on here (the schema's datasource url, which the offline
# engine needs, "is not used" beside the driver adapter; .env "is skipped" beside prisma.config.ts):
# show only the lines that say what was done, and everything when a step fails.
quietly() {
  local log
  log="$(mktemp)"
  if "$@" >"$log" 2>&1; then
    grep -E '^(Seeded|Seed skipped|No pending migrations|All migrations have been successfully applied)' "$log" || true
    rm -f "$log"
  else
    cat "$log" >&2
    rm -f "$log"
    return 1
  fi
}

quietly npx --no-install prisma migrate deploy
quietly npx --no-install prisma db seed
npx --no-install tsx scripts/maintain-db.ts
