#!/usr/bin/env bash
# `npm run db:reset`: deletes the SQLite file, re-applies the migrations and seeds the demo data.
# (`prisma migrate reset` does not drop the tables with the offline JS engine.)
set -euo pipefail
cd "$(dirname "$0")/.."
url="${DATABASE_URL:-file:./data/atlas.db}"
if [[ "$url" != file:* ]]; then
  echo "db:reset deletes a SQLite file. On PostgreSQL, drop and create the database (dropdb, createdb), then npm run db:migrate && npm run db:seed." >&2
  exit 1
fi
file="${url#file:}"
rm -f "$file" "$file-journal" "$file-wal" "$file-shm"
bash scripts/prepare-db.sh
