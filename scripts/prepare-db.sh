#!/usr/bin/env bash
# Brings the database up to date: applies migrations, seeds it if it holds no incidents, and refreshes
# the query planner's statistics.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
mkdir -p data
npx --no-install prisma migrate deploy
npx --no-install prisma db seed
npx --no-install tsx scripts/optimize-db.ts
