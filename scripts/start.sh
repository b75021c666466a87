#!/usr/bin/env bash
# `npm start`: migrate, seed if empty, build if the build is missing or older than the sources, serve.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/prepare-db.sh
dist="${NEXT_DIST_DIR:-.next}"
if [ ! -f "$dist/BUILD_ID" ] || [ -n "$(find app components lib prisma/schema.prisma next.config.js package-lock.json -newer "$dist/BUILD_ID" -print -quit)" ]; then
  echo "Building the app (first start or sources changed)..."
  npx --no-install next build
fi
exec npx --no-install tsx scripts/serve.ts --port "${PORT:-3000}"
