-- An archived copy's SHA-256 and capture time (issue #13, part 6). Copies kept before this migration
-- get their hash on the next start (scripts/maintain-db.ts); their capture time stays unknown.
ALTER TABLE "Source" ADD COLUMN "archivedSha256" TEXT;
ALTER TABLE "Source" ADD COLUMN "archivedAt" DATETIME;
