-- The suicide flag may be not known (null): ACLED and articles that do not say are no longer
-- recorded as "not a suicide attack" (issue #15, part 5). SQLite cannot drop NOT NULL in place, and
-- rebuilding the Incident table would mean recreating its covering indexes and text-search triggers,
-- so the column is replaced: a nullable copy, the old one dropped (no index or trigger names it), the
-- copy renamed. Every existing yes and no is kept.
ALTER TABLE "Incident" ADD COLUMN "suicide_known" BOOLEAN;
UPDATE "Incident" SET "suicide_known" = "suicide";
ALTER TABLE "Incident" DROP COLUMN "suicide";
ALTER TABLE "Incident" RENAME COLUMN "suicide_known" TO "suicide";
