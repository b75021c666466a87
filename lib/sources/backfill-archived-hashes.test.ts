import { afterAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/tests/fresh-database";
import { backfillArchivedHashes } from "./backfill-archived-hashes";
import { sha256Hex } from "./archived-copy";

describe("hashing archived copies kept before hashes were recorded", () => {
  const { db, remove } = freshDatabase();
  afterAll(remove);

  it("hashes each copy that has none, leaves hashed ones and sources without a copy alone, and is done after one run", async () => {
    await db.source.createMany({
      data: [
        { url: "https://a.example/old-1", outlet: "A", archivedText: "first copy" },
        { url: "https://a.example/old-2", outlet: "A", archivedText: "second copy" },
        { url: "https://a.example/hashed", outlet: "A", archivedText: "kept", archivedSha256: "already" },
        { url: "https://a.example/none", outlet: "A" },
      ],
    });
    expect(await backfillArchivedHashes(db, 1)).toBe(2);
    const rows = await db.source.findMany({ orderBy: { id: "asc" }, select: { archivedSha256: true, archivedAt: true } });
    expect(rows).toEqual([
      { archivedSha256: sha256Hex("first copy"), archivedAt: null },
      { archivedSha256: sha256Hex("second copy"), archivedAt: null },
      { archivedSha256: "already", archivedAt: null },
      { archivedSha256: null, archivedAt: null },
    ]);
    expect(await backfillArchivedHashes(db)).toBe(0);
  });
});
