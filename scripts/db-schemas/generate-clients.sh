#!/usr/bin/env bash
# Generates both Prisma clients (postinstall): generated/prisma for SQLite, generated/prisma-pg for
# PostgreSQL. prisma.config.ts picks the schema from DATABASE_URL, and the datasource's url must be
# one of that provider's or the CLI falls back to its native engine and tries to download it
# (docs/decisions/001). The PostgreSQL URL here is never connected to: generating reads no database.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
DATABASE_URL="file:./data/atlas.db" npx --no-install prisma generate
DATABASE_URL="postgresql://atlas@127.0.0.1:5432/atlas" npx --no-install prisma generate
