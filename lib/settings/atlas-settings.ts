import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/create-db";

/** The Atlas's settings as the app reads them (schema.prisma: AtlasSettings). */
export type AtlasSettings = { singleAnalystPublishing: boolean };

export const DEFAULT_SETTINGS: AtlasSettings = { singleAnalystPublishing: false };

/** The settings now; the defaults until an admin first saves them. Works in a transaction too. */
export async function readAtlasSettings(db: Db | Prisma.TransactionClient): Promise<AtlasSettings> {
  const row = await db.atlasSettings.findUnique({ where: { id: 1 }, select: { singleAnalystPublishing: true } });
  return row ?? DEFAULT_SETTINGS;
}

/** Saves the settings (the one row), with who changed them last. */
export async function writeAtlasSettings(db: Db, settings: AtlasSettings, userId: string): Promise<void> {
  await db.atlasSettings.upsert({ where: { id: 1 }, create: { id: 1, ...settings, updatedById: userId }, update: { ...settings, updatedById: userId } });
}
