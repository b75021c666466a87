import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Uploads wait here between the preview and the confirmation, keyed by a random token, so the
 * confirmed import re-reads exactly the file the analyst previewed. Nothing is in the database yet.
 */
const DIR = path.resolve("data/imports");
const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const isUploadToken = (token: string) => TOKEN.test(token);

/** Previews nobody confirmed or cancelled are dropped after a day. */
const MAX_AGE_MS = 24 * 3600_000;

async function removeStaleUploads() {
  for (const name of await readdir(DIR).catch(() => [])) {
    const file = path.join(DIR, name);
    const info = await stat(file).catch(() => null);
    if (info && Date.now() - info.mtimeMs > MAX_AGE_MS) await rm(file, { force: true });
  }
}

export async function saveUpload(bytes: Uint8Array): Promise<string> {
  await mkdir(DIR, { recursive: true });
  await removeStaleUploads();
  const token = randomUUID();
  await writeFile(path.join(DIR, `${token}.upload`), bytes);
  return token;
}

export async function readUpload(token: string): Promise<Uint8Array | null> {
  if (!isUploadToken(token)) return null;
  try {
    return await readFile(path.join(DIR, `${token}.upload`));
  } catch {
    return null;
  }
}

export async function removeUpload(token: string): Promise<void> {
  if (isUploadToken(token)) await rm(path.join(DIR, `${token}.upload`), { force: true });
}
