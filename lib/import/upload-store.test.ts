import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb, type Db } from "@/lib/create-db";
import { freshDatabase } from "@/tests/fresh-database";
import { exportText } from "@/tests/export-text";
import { encode, seed } from "@/tests/import-helpers";
import { confirmImport, previewImport } from "./jobs/run-import-job";
import { MAX_IMPORT_BYTES } from "./read-import-file";
import { UPLOAD_LIMITS, readUpload, removeUpload, saveUpload } from "./upload-store";

/**
 * Uploads between preview and confirm, kept in the database: two clients of one database stand for
 * two app servers (decision 029, amendment on several app servers).
 */
vi.setConfig({ testTimeout: 30_000 });

let database: ReturnType<typeof freshDatabase>;
/** "Server A" and "server B". */
let a: Db;
let b: Db;
const owner = "u-owner";
const other = "u-other";
const bytesOf = (text: string) => new Uint8Array(encode(text));
const NO_IO = { progress: () => {}, writeTurn: async () => () => {} };

beforeAll(async () => {
  database = freshDatabase();
  a = database.db;
  b = createDb(database.url);
  await a.user.createMany({
    data: [
      { id: owner, name: "Ayesha Khan", email: "ayesha@example.org", role: "analyst" },
      { id: other, name: "Bilal Ahmed", email: "bilal@example.org", role: "analyst" },
    ],
  });
});

afterAll(async () => {
  await b.$disconnect();
  await database.remove();
});

describe("an upload previewed on one server", () => {
  it("is read and confirmed on another, and is gone from both afterwards", async () => {
    const source = freshDatabase();
    await seed(source.db);
    const csv = bytesOf(await exportText(source.db, "csv"));
    await source.remove();

    const preview = await previewImport(a, { kind: "preview", databaseUrl: database.url, bytes: csv, fileName: "atlas.csv" });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.preview.counts).toMatchObject({ create: 3, reject: 0 });
    const token = await saveUpload(a, csv, { ownerId: owner, fileName: "atlas.csv", previewed: preview.previewed });

    const upload = await readUpload(b, token, owner);
    expect(upload).not.toBeNull();
    expect(upload!.fileName).toBe("atlas.csv");
    expect(Buffer.from(upload!.bytes).equals(Buffer.from(csv))).toBe(true);
    const outcome = await confirmImport(
      b,
      {
        kind: "confirm",
        databaseUrl: database.url,
        bytes: upload!.bytes,
        fileName: upload!.fileName,
        choice: { overwrite: new Set(), previewed: upload!.previewed },
        userId: owner,
        upload: { token, ownerId: owner },
      },
      NO_IO,
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.summary.created).toBe(3);

    expect(await a.incident.count()).toBe(3);
    expect(await readUpload(a, token, owner)).toBeNull();
    expect(await removeUpload(a, token, owner)).toBe(false);
  });

  it("is imported once when two servers confirm it at the same moment: the other writes nothing and says why", async () => {
    const target = freshDatabase();
    const [first, second] = [target.db, createDb(target.url)];
    try {
      await first.user.create({ data: { id: owner, name: "Ayesha Khan", email: "ayesha@example.org", role: "analyst" } });
      const source = freshDatabase();
      await seed(source.db);
      const csv = bytesOf(await exportText(source.db, "csv"));
      await source.remove();
      const token = await saveUpload(first, csv, { ownerId: owner, fileName: "atlas.csv", previewed: [] });
      const confirmOn = async (server: Db) => {
        const upload = (await readUpload(server, token, owner))!;
        const job = { kind: "confirm" as const, databaseUrl: target.url, bytes: upload.bytes, fileName: "atlas.csv", userId: owner };
        return confirmImport(
          server,
          { ...job, choice: { overwrite: new Set<number>(), previewed: upload.previewed }, upload: { token, ownerId: owner } },
          NO_IO,
        );
      };
      const outcomes = await Promise.allSettled([confirmOn(first), confirmOn(second)]);
      expect(outcomes.filter((o) => o.status === "fulfilled" && o.value.ok)).toHaveLength(1);
      expect(outcomes.flatMap((o) => (o.status === "rejected" ? [(o.reason as Error).message] : []))).toEqual([
        "this preview was already imported or discarded (in another tab, or through another server)",
      ]);
      expect(await first.incident.count()).toBe(3);
      expect(await readUpload(second, token, owner)).toBeNull();
    } finally {
      await second.$disconnect();
      await target.remove();
    }
  });

  it("keeps the conflicts the preview showed, with their versions", async () => {
    const token = await saveUpload(a, bytesOf("x"), {
      ownerId: owner,
      fileName: "f.csv",
      previewed: [
        [7, 3],
        [9, 1],
      ],
    });
    expect((await readUpload(b, token, owner))?.previewed).toEqual(
      new Map([
        [7, 3],
        [9, 1],
      ]),
    );
  });
});

describe("who may use an upload", () => {
  it("is its uploader only: to anyone else it does not exist, and they cannot discard it", async () => {
    const token = await saveUpload(a, bytesOf("id,title\n"), { ownerId: owner, fileName: "f.csv", previewed: [] });
    expect(await readUpload(b, token, other)).toBeNull();
    expect(await removeUpload(b, token, other)).toBe(false);
    expect(await readUpload(b, token, owner)).not.toBeNull();
    expect(await removeUpload(b, token, owner)).toBe(true);
  });

  it("answers null for a token that is not one", async () => {
    expect(await readUpload(a, "../../etc/passwd", owner)).toBeNull();
    expect(await readUpload(a, crypto.randomUUID(), owner)).toBeNull();
    expect(await removeUpload(a, "not-a-token", owner)).toBe(false);
  });
});

describe("what is kept", () => {
  it("drops previews older than a day, from every owner, and refuses to confirm one", async () => {
    const day = UPLOAD_LIMITS.maxAgeMs;
    const then = new Date(Date.now() - day - 60_000);
    const stale = await saveUpload(a, bytesOf("old"), { ownerId: other, fileName: "old.csv", previewed: [] }, then);
    // Past its day but not yet swept: it cannot be confirmed.
    expect(await readUpload(b, stale, other)).toBeNull();
    await saveUpload(b, bytesOf("new"), { ownerId: owner, fileName: "new.csv", previewed: [] });
    expect(await a.importUpload.count({ where: { token: stale } })).toBe(0);
  });

  it(`keeps each owner's newest ${UPLOAD_LIMITS.perOwner}, leaving others' alone`, async () => {
    const others = await saveUpload(a, bytesOf("theirs"), { ownerId: other, fileName: "theirs.csv", previewed: [] });
    const tokens: string[] = [];
    for (let i = 0; i < UPLOAD_LIMITS.perOwner + 3; i++) {
      // Alternating servers: the cap holds for the owner, not per server.
      tokens.push(await saveUpload(i % 2 ? a : b, bytesOf(`file ${i}`), { ownerId: owner, fileName: `f${i}.csv`, previewed: [] }));
    }
    const kept = await a.importUpload.findMany({ where: { ownerId: owner }, orderBy: { id: "asc" }, select: { token: true } });
    expect(kept.map((k) => k.token)).toEqual(tokens.slice(-UPLOAD_LIMITS.perOwner));
    expect(await readUpload(a, tokens[0]!, owner)).toBeNull();
    expect(await readUpload(a, others, other)).not.toBeNull();
  });

  it("refuses a file over the import's size limit", async () => {
    await expect(saveUpload(a, new Uint8Array(MAX_IMPORT_BYTES + 1), { ownerId: owner, fileName: "big.csv", previewed: [] })).rejects.toThrow(/at most/);
  });
});
