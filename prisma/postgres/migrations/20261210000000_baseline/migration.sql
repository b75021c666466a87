-- The PostgreSQL baseline: the schema the SQLite migrations up to 20261209300000 end with, as
-- `prisma migrate diff --from-empty --to-schema-datamodel prisma/postgres/schema.prisma` writes it.
-- The rollups and the text search follow in their own migrations (docs/decisions/029).


-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('draft', 'in_review', 'published', 'rejected');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'week', 'month', 'year');

-- CreateEnum
CREATE TYPE "GeoPrecision" AS ENUM ('exact', 'town', 'district', 'province');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('armed_group', 'state_force', 'government', 'other');

-- CreateEnum
CREATE TYPE "ActorRole" AS ENUM ('perpetrator', 'target');

-- CreateEnum
CREATE TYPE "Certainty" AS ENUM ('confirmed', 'claimed', 'alleged', 'suspected');

-- CreateEnum
CREATE TYPE "LinkRelation" AS ENUM ('response_to', 'part_of', 'same_event');

-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('responsibility', 'origin', 'attribution', 'denial');

-- CreateTable
CREATE TABLE "Incident" (
    "id" SERIAL NOT NULL,
    "externalId" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "status" "IncidentStatus" NOT NULL DEFAULT 'published',
    "eventDate" TIMESTAMP(3) NOT NULL,
    "endDate" TIMESTAMP(3),
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'day',
    "countryIso3" TEXT NOT NULL,
    "countryName" TEXT NOT NULL,
    "provinceIso" TEXT,
    "province" TEXT,
    "district" TEXT,
    "location" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "geoPrecision" "GeoPrecision" NOT NULL DEFAULT 'town',
    "eventType" TEXT NOT NULL,
    "subEventType" TEXT,
    "attackType" TEXT,
    "targetType" TEXT,
    "target" TEXT,
    "weaponType" TEXT,
    "weaponSubtype" TEXT,
    "suicide" BOOLEAN,
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
    "figureCoding" TEXT,
    "figuresDisputed" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "url" TEXT,
    "datasetRecord" TEXT,
    "outlet" TEXT NOT NULL,
    "headline" TEXT,
    "publishedAt" TIMESTAMP(3),
    "language" TEXT NOT NULL DEFAULT 'en',
    "notes" TEXT,
    "archivedText" TEXT,
    "archivedSha256" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentSource" (
    "incidentId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "quote" TEXT,
    "originator" TEXT,
    "reportedFacts" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "IncidentSource_pkey" PRIMARY KEY ("incidentId","sourceId")
);

-- CreateTable
CREATE TABLE "ReportedFigure" (
    "incidentId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "quote" TEXT,

    CONSTRAINT "ReportedFigure_pkey" PRIMARY KEY ("incidentId","sourceId","field")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorAlias" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,

    CONSTRAINT "ActorAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentActor" (
    "id" SERIAL NOT NULL,
    "incidentId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "role" "ActorRole" NOT NULL,
    "certainty" "Certainty" NOT NULL,

    CONSTRAINT "IncidentActor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" SERIAL NOT NULL,
    "incidentId" INTEGER NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "claimantName" TEXT NOT NULL,
    "claimantRole" TEXT,
    "claimantActorId" INTEGER,
    "subject" TEXT NOT NULL,
    "subjectActorId" INTEGER,
    "statement" TEXT NOT NULL,
    "madeOn" TIMESTAMP(3),
    "sourceId" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'viewer',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" SERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "tokenPrefix" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invite" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "invitedById" TEXT,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Invite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountEvent" (
    "id" SERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "byId" TEXT,
    "byName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInLimit" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "account" TEXT NOT NULL,
    "client" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "lastFailureAt" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "SignInLimit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "incidentId" INTEGER NOT NULL,
    "userId" TEXT,
    "userName" TEXT,
    "action" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "before" TEXT,
    "after" TEXT,
    "fromVersion" INTEGER,
    "toVersion" INTEGER,
    "restoredVersion" INTEGER,
    "comments" TEXT,
    "importOrigin" TEXT,
    "link" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentLink" (
    "id" SERIAL NOT NULL,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "relation" "LinkRelation" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "IncidentLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AtlasSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "singleAnalystPublishing" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "AtlasSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PendingEdit" (
    "incidentId" INTEGER NOT NULL,
    "data" TEXT NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "authorId" TEXT,
    "state" TEXT NOT NULL DEFAULT 'in_review',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PendingEdit_pkey" PRIMARY KEY ("incidentId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Incident_externalId_key" ON "Incident"("externalId");

-- CreateIndex
CREATE INDEX "Incident_deletedAt_eventDate_idx" ON "Incident"("deletedAt", "eventDate");

-- CreateIndex
CREATE INDEX "Incident_figuresDisputed_deletedAt_eventDate_idx" ON "Incident"("figuresDisputed", "deletedAt", "eventDate");

-- CreateIndex
CREATE INDEX "Incident_provinceIso_eventDate_idx" ON "Incident"("provinceIso", "eventDate");

-- CreateIndex
CREATE INDEX "Incident_eventType_eventDate_idx" ON "Incident"("eventType", "eventDate");

-- CreateIndex
CREATE INDEX "Incident_deletedAt_killedTotal_countryIso3_eventDate_idx" ON "Incident"("deletedAt", "killedTotal", "countryIso3", "eventDate");

-- CreateIndex
CREATE INDEX "Incident_deletedAt_killedTotal_eventDate_idx" ON "Incident"("deletedAt", "killedTotal", "eventDate");

-- CreateIndex
CREATE INDEX "Incident_overview_by_date_idx" ON "Incident"("deletedAt", "eventDate", "provinceIso", "countryIso3", "eventType", "subEventType", "status", "killedTotal", "latitude", "longitude", "geoPrecision", "killedSecurity", "killedCivilians", "killedMilitants");

-- CreateIndex
CREATE INDEX "Incident_perpetrator_lookup_idx" ON "Incident"("id", "deletedAt", "status", "eventDate", "killedTotal", "provinceIso", "countryIso3", "eventType", "subEventType", "figuresDisputed");

-- CreateIndex
CREATE INDEX "Incident_overview_by_province_idx" ON "Incident"("deletedAt", "provinceIso", "eventDate", "countryIso3", "eventType", "subEventType", "status", "killedTotal", "latitude", "longitude", "geoPrecision", "killedSecurity", "killedCivilians", "killedMilitants");

-- CreateIndex
CREATE INDEX "Incident_overview_by_type_idx" ON "Incident"("deletedAt", "eventType", "eventDate", "provinceIso", "countryIso3", "subEventType", "status", "killedTotal", "latitude", "longitude", "geoPrecision", "killedSecurity", "killedCivilians", "killedMilitants");

-- CreateIndex
CREATE INDEX "Incident_overview_by_country_idx" ON "Incident"("deletedAt", "countryIso3", "eventDate", "provinceIso", "eventType", "subEventType", "status", "killedTotal", "latitude", "longitude", "geoPrecision");

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Source_datasetRecord_key" ON "Source"("datasetRecord");

-- CreateIndex
CREATE INDEX "IncidentSource_sourceId_idx" ON "IncidentSource"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_name_key" ON "Actor"("name");

-- CreateIndex
CREATE INDEX "ActorAlias_alias_idx" ON "ActorAlias"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "ActorAlias_actorId_alias_key" ON "ActorAlias"("actorId", "alias");

-- CreateIndex
CREATE INDEX "IncidentActor_actorId_incidentId_idx" ON "IncidentActor"("actorId", "incidentId");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentActor_incidentId_actorId_role_key" ON "IncidentActor"("incidentId", "actorId", "role");

-- CreateIndex
CREATE INDEX "Claim_incidentId_idx" ON "Claim"("incidentId");

-- CreateIndex
CREATE INDEX "Claim_sourceId_idx" ON "Claim"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_token_key" ON "Session"("token");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE INDEX "Verification_identifier_idx" ON "Verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invite_tokenHash_key" ON "Invite"("tokenHash");

-- CreateIndex
CREATE INDEX "Invite_email_idx" ON "Invite"("email");

-- CreateIndex
CREATE INDEX "AccountEvent_userId_at_idx" ON "AccountEvent"("userId", "at");

-- CreateIndex
CREATE INDEX "AccountEvent_byId_idx" ON "AccountEvent"("byId");

-- CreateIndex
CREATE INDEX "SignInLimit_account_idx" ON "SignInLimit"("account");

-- CreateIndex
CREATE INDEX "SignInLimit_lastFailureAt_idx" ON "SignInLimit"("lastFailureAt");

-- CreateIndex
CREATE UNIQUE INDEX "SignInLimit_kind_account_client_key" ON "SignInLimit"("kind", "account", "client");

-- CreateIndex
CREATE INDEX "AuditEvent_incidentId_at_idx" ON "AuditEvent"("incidentId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_userId_idx" ON "AuditEvent"("userId");

-- CreateIndex
CREATE INDEX "IncidentLink_toId_idx" ON "IncidentLink"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentLink_fromId_toId_relation_key" ON "IncidentLink"("fromId", "toId", "relation");

-- CreateIndex
CREATE INDEX "PendingEdit_state_updatedAt_idx" ON "PendingEdit"("state", "updatedAt");

-- AddForeignKey
ALTER TABLE "IncidentSource" ADD CONSTRAINT "IncidentSource_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentSource" ADD CONSTRAINT "IncidentSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportedFigure" ADD CONSTRAINT "ReportedFigure_incidentId_sourceId_fkey" FOREIGN KEY ("incidentId", "sourceId") REFERENCES "IncidentSource"("incidentId", "sourceId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorAlias" ADD CONSTRAINT "ActorAlias_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentActor" ADD CONSTRAINT "IncidentActor_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentActor" ADD CONSTRAINT "IncidentActor_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_claimantActorId_fkey" FOREIGN KEY ("claimantActorId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_subjectActorId_fkey" FOREIGN KEY ("subjectActorId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountEvent" ADD CONSTRAINT "AccountEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountEvent" ADD CONSTRAINT "AccountEvent_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentLink" ADD CONSTRAINT "IncidentLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentLink" ADD CONSTRAINT "IncidentLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentLink" ADD CONSTRAINT "IncidentLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingEdit" ADD CONSTRAINT "PendingEdit_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingEdit" ADD CONSTRAINT "PendingEdit_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

