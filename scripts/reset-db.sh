#!/usr/bin/env bash
# `npm run db:reset`: deletes the SQLite file, re-applies the migrations and seeds the demo data.
# (`prisma migrate reset` does not drop the tables with the offline JS engine.)
set -euo pipefail
cd "$(dirname "$0")/.."
url="${DATABASE_URL:-file:./data/atlas.db}"
file="${url#file:}"
rm -f "$file" "$file-journal" "$file-wal" "$file-shm"
bash scripts/prepare-db.sh
