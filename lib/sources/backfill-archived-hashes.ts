import type { Db } from "@/lib/create-db";
import { sha256Hex } from "./archived-copy";

/**
 * Gives archived copies kept before hashes were recorded their SHA-256 (their capture time stays
 * unknown). Batched, so a large Atlas is not read into memory at once; returns how many were hashed.
 */
export async function backfillArchivedHashes(db: Db, batch = 500): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db.source.findMany({
      where: { archivedText: { not: null }, archivedSha256: null },
      select: { id: true, archivedText: true },
      take: batch,
    });
    if (rows.length === 0) return done;
    for (const row of rows) await db.source.update({ where: { id: row.id }, data: { archivedSha256: sha256Hex(row.archivedText!) } });
    done += rows.length;
  }
}
