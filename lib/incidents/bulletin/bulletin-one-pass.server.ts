import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db.server";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { IncidentFilter } from "../filter/filter";
import { filterToSql, type TextSearchPlan } from "../filter/filter-sql";
import type { ProvinceStat } from "../overview/aggregates-types";
import type { TrendScanRow } from "../trends/fold-trend-scan";
import { inPeriod, listsSql, claimCountSql, type ListSpec } from "./bulletin-lists-sql";
import { sortedProvinces } from "./figures-from-groups";
import type { BulletinPeriods, BulletinReads, FigureName } from "./bulletin-reads";
import { bulletinListSpecs, readHull } from "./bulletin-reads";
import { CLAIM_LIMIT } from "./bulletin-types";

/**
 * The bulletin's reads of incidents in one statement, for filters the rollups cannot answer (actor,
 * free text, sub-event type, disputed figures, a minimum killed that is not a threshold of the killed
 * rollups): the filter's incidents over every period it shows are read once into a materialised set
 * `m`, and the charts' groups, the figures, the provinces, the lists and the claims are each taken
 * from it (decision 022, amendment of 2026-12-06). Before, each of a dozen queries read the filter
 * again (an actor's IN list, a text's matches).
 */

/** Incident's columns the bulletin reads, kept under their own names so the lists' SQL reads `m` as it reads Incident. */
const COLUMNS = Prisma.raw(
  ["id", "eventDate", "killedTotal", "provinceIso", "eventType", "killedSecurity", "killedCivilians", "killedMilitants", "figuresDisputed"]
    .map((c) => `i."${c}"`)
    .join(", "),
);

const M = { from: Prisma.sql`m i` };

type Num = number | null;

export async function onePassReads(filter: IncidentFilter, plan: TextSearchPlan | undefined, periods: BulletinPeriods): Promise<BulletinReads> {
  const { jsonRows, monthText } = dialectOf(db);
  const figure = (name: FigureName, where: Prisma.Sql) =>
    Prisma.sql`SELECT ${Prisma.raw(`'${name}'`)} AS name, COUNT(*) AS count, SUM(i."killedTotal") AS killed FROM m i WHERE ${where}`;
  const figures = Prisma.join(
    [
      figure("current", inPeriod(periods.current)),
      figure("previous", inPeriod(periods.previous)),
      figure("yearEarlier", inPeriod(periods.yearEarlier)),
      figure("disputed", Prisma.sql`${inPeriod(periods.current)} AND i."figuresDisputed" = TRUE`),
    ],
    " UNION ALL ",
  );
  const source = (p: Parameters<typeof inPeriod>[0]) => ({ ...M, where: inPeriod(p) });
  const lists: ListSpec[] = bulletinListSpecs(periods, (p, disputed) =>
    disputed ? { ...M, where: Prisma.sql`${inPeriod(p)} AND i."figuresDisputed" = TRUE` } : source(p),
  );
  const [row] = await db.$queryRaw<{ groups: string; figures: string; provinces: string; lists: string; claimCount: bigint | number }[]>`
    WITH m AS MATERIALIZED (SELECT ${COLUMNS} FROM "Incident" i WHERE ${filterToSql({ ...filter, ...readHull(periods) }, plan)})
    SELECT
      (SELECT ${jsonRows(Prisma.sql`g.month, g.province, g.type, g.count, g.killed, g.security, g.civilians, g.militants`)}
        FROM (SELECT ${monthText(Prisma.sql`i."eventDate"`)} AS month, i."provinceIso" AS province, i."eventType" AS type, COUNT(*) AS count,
          SUM(i."killedTotal") AS killed, SUM(i."killedSecurity") AS security, SUM(i."killedCivilians") AS civilians, SUM(i."killedMilitants") AS militants
          FROM m i WHERE ${inPeriod(periods.trend)} GROUP BY ${monthText(Prisma.sql`i."eventDate"`)}, i."provinceIso", i."eventType") AS g) AS groups,
      (SELECT ${jsonRows(Prisma.sql`f.name, f.count, f.killed`)} FROM (${figures}) AS f) AS figures,
      (SELECT ${jsonRows(Prisma.sql`p.iso, p.count, p.killed`)} FROM (SELECT i."provinceIso" AS iso, COUNT(*) AS count, SUM(i."killedTotal") AS killed
        FROM m i WHERE ${inPeriod(periods.current)} AND i."provinceIso" IS NOT NULL GROUP BY i."provinceIso") AS p) AS provinces,
      (SELECT ${jsonRows(Prisma.sql`l.list, l.n, l.id`)} FROM (${listsSql(lists, { source: source(periods.current), limit: CLAIM_LIMIT })}) AS l) AS lists,
      (${claimCountSql(source(periods.current))}) AS "claimCount"`;
  const groups = (JSON.parse(row?.groups ?? "[]") as [string, string | null, string | null, Num, Num, Num, Num, Num][]).map(
    ([month, province, type, count, killed, security, civilians, militants]): TrendScanRow => ({
      month,
      province,
      type,
      count: Number(count ?? 0),
      killed,
      security,
      civilians,
      militants,
      first: "",
      last: "",
    }),
  );
  const byName = new Map(
    (JSON.parse(row?.figures ?? "[]") as [FigureName, Num, Num][]).map(([name, count, killed]) => [
      name,
      { count: Number(count ?? 0), killed: Number(killed ?? 0) },
    ]),
  );
  const provinces: ProvinceStat[] = sortedProvinces(
    (JSON.parse(row?.provinces ?? "[]") as [string, Num, Num][]).map(([iso, count, killed]) => ({
      iso,
      count: Number(count ?? 0),
      killed: Number(killed ?? 0),
    })),
  );
  const listRows = (JSON.parse(row?.lists ?? "[]") as [string, Num, Num][]).map(([list, n, id]) => ({ list, n: Number(n), id: Number(id) }));
  const zero = { count: 0, killed: 0 };
  return {
    groups,
    figures: {
      current: byName.get("current") ?? zero,
      previous: byName.get("previous") ?? zero,
      yearEarlier: byName.get("yearEarlier") ?? zero,
      disputed: byName.get("disputed") ?? zero,
    },
    provinces,
    listRows,
    claimCount: Number(row?.claimCount ?? 0),
  };
}
