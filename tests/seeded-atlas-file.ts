import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { createDb, type Db } from "@/lib/create-db";
import { KNOWN_ACTORS } from "@/lib/actors/known-actors";
import { readImportFile } from "@/lib/import/read-import-file";
import { analyseImport } from "@/lib/import/analyse-import";
import { applyImport } from "@/lib/import/apply-import";

/** A SQLite file migrated by `prisma migrate deploy` itself, so it carries _prisma_migrations as a real Atlas does. */
export function migratedSqliteFile(file: string): string {
  const url = `file:${file}`;
  execFileSync("npx", ["--no-install", "prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: "ignore",
  });
  return url;
}

// prisma/seed.ts runs the seed when imported: its file is named here instead.
const SEED_FILE = path.join(__dirname, "..", "prisma", "seed-data", "incidents.json");

const at = (iso: string) => new Date(iso);

/** Rows in the tables the demo leaves empty (accounts, review, links, settings), with nulls, both booleans and non-ASCII text. */
async function seedAccountsAndReview(db: Db) {
  const [first, second] = await db.incident.findMany({ orderBy: { id: "asc" }, take: 2, select: { id: true } });
  await db.user.create({
    data: { id: "u-admin", name: "Amna Khan", email: "amna@atlas.test", emailVerified: true, role: "admin", createdAt: at("2024-01-02T03:04:05.678Z") },
  });
  await db.user.create({ data: { id: "u-viewer", name: "Zoë Ünal, ایک", email: "zoe@atlas.test", image: "https://x.test/a.png", active: false } });
  await db.session.create({ data: { id: "s1", token: "t1", expiresAt: at("2030-01-01T00:00:00Z"), userId: "u-admin", ipAddress: "127.0.0.1" } });
  await db.account.create({
    data: {
      id: "a1",
      accountId: "u-admin",
      providerId: "credential",
      userId: "u-admin",
      password: "scrypt$…",
      accessTokenExpiresAt: at("2029-05-06T07:08:09.010Z"),
    },
  });
  await db.verification.create({ data: { id: "v1", identifier: "reset:amna", value: "x", expiresAt: at("2025-01-01T00:00:00Z") } });
  await db.apiToken.create({ data: { userId: "u-admin", name: "script", tokenHash: "h1", tokenPrefix: "at_1", lastUsedAt: at("2024-06-01T12:00:00Z") } });
  await db.invite.create({
    data: {
      email: "new@atlas.test",
      name: "New",
      role: "analyst",
      tokenHash: "ih1",
      expiresAt: at("2030-01-01T00:00:00Z"),
      invitedById: "u-admin",
      acceptedAt: null,
    },
  });
  await db.accountEvent.create({ data: { userId: "u-viewer", byId: "u-admin", byName: "Amna Khan", action: "rename", before: "Zoe", after: "Zoë Ünal, ایک" } });
  await db.signInLimit.create({
    data: { kind: "account", account: "zoe@atlas.test", client: "", failures: 3, lastFailureAt: at("2024-06-01T12:00:00Z"), lockedUntil: null },
  });
  // An import preview waiting for its confirmation: bytes, which SQLite keeps as a BLOB and PostgreSQL as bytea.
  await db.importUpload.create({
    data: {
      token: "0b6f3f9e-4c1a-4d2b-9e8f-1a2b3c4d5e6f",
      ownerId: "u-admin",
      fileName: "atlas.csv",
      previewed: "[[1,2]]",
      gzipped: new Uint8Array(gzipSync("id,title\n")),
    },
  });
  await db.atlasSettings.create({ data: { id: 1, singleAnalystPublishing: true, updatedById: "u-admin" } });
  await db.pendingEdit.create({
    data: { incidentId: first!.id, data: JSON.stringify({ title: "Edited" }), baseVersion: 1, authorId: "u-admin", state: "sent_back" },
  });
  await db.incidentLink.create({ data: { fromId: first!.id, toId: second!.id, relation: "part_of", note: "same week", createdById: "u-admin" } });
  // One record in the trash and one draft: the rollups count neither the first nor, by status, the second alike.
  await db.incident.update({ where: { id: first!.id }, data: { deletedAt: at("2024-07-01T00:00:00Z") } });
  await db.incident.update({ where: { id: second!.id }, data: { status: "draft", suicide: true } });
}

/**
 * The demo Atlas (the seed's incidents, through the import as `npm run db:seed` loads them) in a
 * migrated SQLite file, with a row in every table of the model: what `db:copy` must carry whole.
 */
export async function seededAtlasFile(dir: string): Promise<string> {
  const url = migratedSqliteFile(path.join(dir, "atlas.db"));
  const db = createDb(url);
  try {
    for (const actor of KNOWN_ACTORS) {
      await db.actor.create({ data: { name: actor.name, kind: actor.kind, aliases: { create: actor.aliases.map((alias) => ({ alias })) } } });
    }
    const read = readImportFile(readFileSync(SEED_FILE));
    if (!read.ok) throw new Error(read.message);
    const plan = await analyseImport(db, read.format, read.candidates, undefined, "from-file");
    await applyImport(url, plan, { userId: null });
    await seedAccountsAndReview(db);
  } finally {
    await db.$disconnect();
  }
  return url;
}
