import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { gunzip as gunzipCallback, gzip as gzipCallback } from "node:zlib";
import { z } from "zod";
import type { Db } from "@/lib/create-db";
import { MAX_IMPORT_BYTES } from "./read-import-file";

/**
 * Uploads wait here between the preview and the confirmation, keyed by a random token, so the
 * confirmed import re-reads exactly the file the analyst previewed. They are rows of ImportUpload, not
 * files on one server's disk, so the preview and the confirm may reach different app servers
 * (docs/decisions/029, amendment on several app servers). None of the incidents are written yet.
 * With each file: who uploaded it (only they may confirm or discard it; to anyone else the token does
 * not exist) and the conflicts the preview showed, with their versions then.
 */
export const UPLOAD_LIMITS = {
  /** Previews nobody confirmed or cancelled are dropped after a day. */
  maxAgeMs: 24 * 3600_000,
  /**
   * Each analyst's newest previews kept; an older one is dropped when a newer is saved. With the
   * size limit this bounds what one account can park in the database: 5 × 50 MB.
   */
  perOwner: 5,
} as const;

// On the thread pool, off the server's thread. Level 1: nearly as small, several times faster.
const gzip = promisify(gzipCallback);
const gunzip = promisify(gunzipCallback);

const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const isUploadToken = (token: string) => TOKEN.test(token);

const UploadMetaSchema = z.object({
  ownerId: z.string().min(1),
  /** The file's name as uploaded, for the import's History. */
  fileName: z.string().max(1000).default(""),
  /** [incident id, its version] for every conflict the preview showed. */
  previewed: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type UploadMeta = z.input<typeof UploadMetaSchema>;

const PreviewedSchema = UploadMetaSchema.shape.previewed;

export type StoredUpload = { bytes: Uint8Array; fileName: string; previewed: Map<number, number> };

/** The oldest creation time a preview may have and still be confirmed. */
const freshSince = (now: Date) => new Date(now.getTime() - UPLOAD_LIMITS.maxAgeMs);

/** Drops every preview older than a day, and the owner's beyond their newest `perOwner`. */
async function removeStaleUploads(db: Db, ownerId: string, now: Date) {
  await db.importUpload.deleteMany({ where: { createdAt: { lt: freshSince(now) } } });
  const kept = await db.importUpload.findMany({ where: { ownerId }, orderBy: { id: "desc" }, take: UPLOAD_LIMITS.perOwner, select: { id: true } });
  if (kept.length === UPLOAD_LIMITS.perOwner) await db.importUpload.deleteMany({ where: { ownerId, id: { lt: kept.at(-1)!.id } } });
}

/** Keeps an upload for its owner; its token. */
export async function saveUpload(db: Db, bytes: Uint8Array<ArrayBuffer>, meta: UploadMeta, now = new Date()): Promise<string> {
  if (bytes.length > MAX_IMPORT_BYTES) throw new Error(`An upload is at most ${MAX_IMPORT_BYTES} bytes; this one has ${bytes.length}`);
  const { ownerId, fileName, previewed } = UploadMetaSchema.parse(meta);
  const token = randomUUID();
  const gzipped = new Uint8Array(await gzip(bytes, { level: 1 }));
  await db.importUpload.create({ data: { token, ownerId, fileName, previewed: JSON.stringify(previewed), gzipped, createdAt: now } });
  await removeStaleUploads(db, ownerId, now);
  return token;
}

/** The upload, for its uploader only; null for anyone else, as for an unknown or expired token. */
export async function readUpload(db: Db, token: string, userId: string, now = new Date()): Promise<StoredUpload | null> {
  if (!isUploadToken(token)) return null;
  const row = await db.importUpload.findFirst({
    where: { token, ownerId: userId, createdAt: { gte: freshSince(now) } },
    select: { gzipped: true, fileName: true, previewed: true },
  });
  if (!row) return null;
  const previewed = PreviewedSchema.safeParse(JSON.parse(row.previewed));
  if (!previewed.success) throw new Error(`The stored preview of upload ${token} is not readable`);
  return { bytes: new Uint8Array(await gunzip(row.gzipped)), fileName: row.fileName, previewed: new Map(previewed.data) };
}

/** Discards an upload, for its uploader only. Whether there was one of theirs to discard. */
export async function removeUpload(db: Db, token: string, userId: string): Promise<boolean> {
  if (!isUploadToken(token)) return false;
  const { count } = await db.importUpload.deleteMany({ where: { token, ownerId: userId } });
  return count > 0;
}
