-- What a source states beyond its figures: date, place, perpetrator (docs/decisions/019-reported-facts.md).
ALTER TABLE "IncidentSource" ADD COLUMN "reportedFacts" TEXT;
