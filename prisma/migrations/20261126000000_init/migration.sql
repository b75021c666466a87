-- CreateTable
CREATE TABLE "Incident" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "externalId" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'published',
    "eventDate" DATETIME NOT NULL,
    "endDate" DATETIME,
    "datePrecision" TEXT NOT NULL DEFAULT 'day',
    "countryIso3" TEXT NOT NULL,
    "countryName" TEXT NOT NULL,
    "provinceIso" TEXT,
    "province" TEXT,
    "district" TEXT,
    "location" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    "geoPrecision" TEXT NOT NULL DEFAULT 'town',
    "eventType" TEXT NOT NULL,
    "subEventType" TEXT,
    "attackType" TEXT,
    "targetType" TEXT,
    "target" TEXT,
    "weaponType" TEXT,
    "weaponSubtype" TEXT,
    "suicide" BOOLEAN NOT NULL DEFAULT false,
    "killedTotal" INTEGER,
    "killedSecurity" INTEGER,
    "killedCivilians" INTEGER,
    "killedMilitants" INTEGER,
    "killedUnknown" INTEGER,
    "killedLow" INTEGER,
    "killedHigh" INTEGER,
    "injuredTotal" INTEGER,
    "injuredSecurity" INTEGER,
    "injuredCivilians" INTEGER,
    "injuredMilitants" INTEGER,
    "injuredUnknown" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "url" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "headline" TEXT,
    "publishedAt" DATETIME,
    "language" TEXT NOT NULL DEFAULT 'en',
    "notes" TEXT,
    "archivedText" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "IncidentSource" (
    "incidentId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "quote" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("incidentId", "sourceId"),
    CONSTRAINT "IncidentSource_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IncidentSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ActorAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actorId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    CONSTRAINT "ActorAlias_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IncidentActor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "incidentId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "certainty" TEXT NOT NULL,
    CONSTRAINT "IncidentActor_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IncidentActor_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "incidentId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "claimantName" TEXT NOT NULL,
    "claimantRole" TEXT,
    "claimantActorId" INTEGER,
    "subject" TEXT NOT NULL,
    "subjectActorId" INTEGER,
    "statement" TEXT NOT NULL,
    "madeOn" DATETIME,
    "sourceId" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Claim_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_claimantActorId_fkey" FOREIGN KEY ("claimantActorId") REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_subjectActorId_fkey" FOREIGN KEY ("subjectActorId") REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Incident_externalId_key" ON "Incident"("externalId");

-- CreateIndex
CREATE INDEX "Incident_deletedAt_eventDate_idx" ON "Incident"("deletedAt", "eventDate");

-- CreateIndex
CREATE INDEX "Incident_provinceIso_eventDate_idx" ON "Incident"("provinceIso", "eventDate");

-- CreateIndex
CREATE INDEX "Incident_countryIso3_eventDate_idx" ON "Incident"("countryIso3", "eventDate");

-- CreateIndex
CREATE INDEX "Incident_eventType_eventDate_idx" ON "Incident"("eventType", "eventDate");

-- CreateIndex
CREATE INDEX "Incident_killedTotal_idx" ON "Incident"("killedTotal");

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE INDEX "IncidentSource_sourceId_idx" ON "IncidentSource"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_name_key" ON "Actor"("name");

-- CreateIndex
CREATE INDEX "ActorAlias_alias_idx" ON "ActorAlias"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "ActorAlias_actorId_alias_key" ON "ActorAlias"("actorId", "alias");

-- CreateIndex
CREATE INDEX "IncidentActor_actorId_idx" ON "IncidentActor"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentActor_incidentId_actorId_role_key" ON "IncidentActor"("incidentId", "actorId", "role");

-- CreateIndex
CREATE INDEX "Claim_incidentId_idx" ON "Claim"("incidentId");

-- CreateIndex
CREATE INDEX "Claim_sourceId_idx" ON "Claim"("sourceId");

