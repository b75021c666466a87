import "server-only";
import { db } from "@/lib/db.server";
import { PROVINCES } from "@/lib/taxonomy/provinces";

/** The province an address names by its ISO 3166-2 code (any case), or null. */
export function provinceByCode(code: string) {
  const iso = code.toUpperCase();
  return PROVINCES.find((p) => p.iso === iso) ?? null;
}

type Num = bigint | number | null;

/** The actors recorded as perpetrators in a province's incidents (in the trash and unpublished ones excluded, decision 017), most incidents first. */
export async function provincePerpetrators(iso: string) {
  const rows = await db.$queryRaw<
    { id: number; name: string; count: Num; killed: Num }[]
  >`SELECT a."id" AS id, a."name" AS name, COUNT(*) AS count, SUM(i."killedTotal") AS killed
     FROM "Incident" i JOIN "IncidentActor" ia ON ia."incidentId" = i."id" AND ia."role" = 'perpetrator'
       JOIN "Actor" a ON a."id" = ia."actorId"
     WHERE i."deletedAt" IS NULL AND i."status" = 'published' AND i."provinceIso" = ${iso}
     GROUP BY a."id" ORDER BY count DESC, killed DESC, a."name"`;
  return rows.map((r) => ({ id: Number(r.id), name: r.name, count: Number(r.count ?? 0), killed: Number(r.killed ?? 0) }));
}
