import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/create-db";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { Status } from "@/lib/taxonomy/statuses";

/** An incident a row of a file may update: found by its Atlas id or its external (ACLED) id. */
export type Existing = { id: number; externalId: string | null; version: number; trashed: boolean; status: Status };

type Found = { id: number | bigint; externalId: string | null; version: number | bigint; trashed: number | bigint | boolean; status: Status };

// One query per kind of key, whatever the file's size: the keys go in as one JSON list that the
// database unpacks (a query per 500 keys through Prisma cost seconds for 100,000 rows). Joined
// rather than `IN (SELECT ...)`, so each key is one index lookup and no temporary index is built.
const COLUMNS = Prisma.sql`i."id" AS "id", i."externalId" AS "externalId", i."version" AS "version", i."deletedAt" IS NOT NULL AS "trashed", i."status" AS "status"`;

async function find(db: Db, key: "id" | "externalId", keys: readonly (number | string)[]): Promise<Existing[]> {
  if (keys.length === 0) return [];
  const values = dialectOf(db).jsonValues(JSON.stringify(keys), key === "id" ? "int" : "text");
  const rows = await db.$queryRaw<Found[]>`SELECT ${COLUMNS} FROM (${values}) AS k JOIN "Incident" AS i ON i.${Prisma.raw(`"${key}"`)} = k.value`;
  return rows.map((r) => ({ id: Number(r.id), externalId: r.externalId, version: Number(r.version), trashed: Boolean(Number(r.trashed)), status: r.status }));
}

/** The incidents a file's rows name, by Atlas id and by external id. Reads only. */
export async function findExisting(db: Db, atlasIds: readonly number[], externalIds: readonly string[]) {
  const [byId, byExternal] = [await find(db, "id", atlasIds), await find(db, "externalId", externalIds)];
  return {
    byId: new Map(byId.map((e) => [e.id, e])),
    byExternal: new Map(byExternal.map((e) => [e.externalId!, e])),
  };
}
