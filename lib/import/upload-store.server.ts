import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

/**
 * Uploads wait here between the preview and the confirmation, keyed by a random token, so the
 * confirmed import re-reads exactly the file the analyst previewed. Nothing is in the database yet.
 * Beside each file: who uploaded it (only they may confirm or discard it; to anyone else the token
 * does not exist) and the conflicts the preview showed, with their versions then.
 */
const DIR = path.resolve("data/imports");
const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const isUploadToken = (token: string) => TOKEN.test(token);

const UploadMetaSchema = z.object({
  ownerId: z.string(),
  /** The file's name as uploaded, for the import's History (previews kept before it was recorded have none). */
  fileName: z.string().max(1000).default(""),
  /** [incident id, its version] for every conflict the preview showed. */
  previewed: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type UploadMeta = z.input<typeof UploadMetaSchema>;

export type StoredUpload = { bytes: Uint8Array; fileName: string; previewed: Map<number, number> };

/** Previews nobody confirmed or cancelled are dropped after a day. */
const MAX_AGE_MS = 24 * 3600_000;

const fileOf = (token: string) => path.join(DIR, `${token}.upload`);
const metaOf = (token: string) => path.join(DIR, `${token}.meta.json`);

async function removeStaleUploads() {
  for (const name of await readdir(DIR).catch(() => [])) {
    const file = path.join(DIR, name);
    const info = await stat(file).catch(() => null);
    if (info && Date.now() - info.mtimeMs > MAX_AGE_MS) await rm(file, { force: true });
  }
}

export async function saveUpload(bytes: Uint8Array, meta: UploadMeta): Promise<string> {
  await mkdir(DIR, { recursive: true });
  await removeStaleUploads();
  const token = randomUUID();
  await writeFile(metaOf(token), JSON.stringify(meta));
  await writeFile(fileOf(token), bytes);
  return token;
}

/** Whether `userId` uploaded this token's file: false for another user, an unknown token or one without its record. */
async function ownedBy(token: string, userId: string): Promise<z.output<typeof UploadMetaSchema> | null> {
  if (!isUploadToken(token)) return null;
  const text = await readFile(metaOf(token), "utf8").catch(() => "");
  let stored: unknown = null;
  try {
    stored = JSON.parse(text);
  } catch {
    // No record (missing or unreadable): nobody owns it.
  }
  const meta = UploadMetaSchema.safeParse(stored);
  return meta.success && meta.data.ownerId === userId ? meta.data : null;
}

/** The upload, for its uploader only; null for anyone else, as for an unknown or expired token. */
export async function readUpload(token: string, userId: string): Promise<StoredUpload | null> {
  const meta = await ownedBy(token, userId);
  if (!meta) return null;
  const bytes = await readFile(fileOf(token)).catch(() => null);
  return bytes ? { bytes, fileName: meta.fileName, previewed: new Map(meta.previewed) } : null;
}

/** Discards an upload, for its uploader only. Whether there was one of theirs to discard. */
export async function removeUpload(token: string, userId: string): Promise<boolean> {
  if (!(await ownedBy(token, userId))) return false;
  await rm(fileOf(token), { force: true });
  await rm(metaOf(token), { force: true });
  return true;
}
