import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { freshDatabase } from "@/tests/fresh-database";
import { buildIncident } from "@/prisma/factories";
import { IncidentFilterSchema } from "../filter/filter";
import { IncidentInputSchema } from "../schema";
import { insertIncident } from "../write/write-incident";
import { sqlitePath } from "../write/sqlite-file";
import { pointListQuery } from "./map-index-query";
import { readMapIndex } from "./map-index-read";
import { clustersInView } from "./map-view";
import { REGION_VIEW } from "./map-view-schema";

/**
 * The index as the worker thread builds it: the filter's SQL run on a connection of its own, with
 * counts and killed that match the filter exactly.
 */
let database: ReturnType<typeof freshDatabase>;
let sqlite: Database.Database;
const killed = (total: number | null) => ({ total, securityForces: null, civilians: null, militants: null, unknown: null });

beforeAll(async () => {
  database = freshDatabase();
  const rows = [
    { province: "Khyber Pakhtunkhwa", latitude: 34.01, longitude: 71.55, killed: killed(4) },
    { province: "Khyber Pakhtunkhwa", latitude: 34.02, longitude: 71.56, killed: killed(null) },
    { province: "Khyber Pakhtunkhwa", latitude: 34.03, longitude: 71.57, killed: killed(10), eventType: "Battles", subEventType: "Armed clash" },
    { province: "Khyber Pakhtunkhwa", latitude: 34.04, longitude: 71.58, killed: killed(1), status: "draft" },
    { province: "Khyber Pakhtunkhwa", latitude: 34.05, longitude: 71.59, killed: killed(2) },
    { province: "Balochistan", latitude: 30.18, longitude: 67.0, killed: killed(3) },
    { province: "Balochistan", latitude: null, longitude: null, killed: killed(50) },
  ] as const;
  for (const [n, row] of rows.entries()) await insertIncident(database.db, IncidentInputSchema.parse(buildIncident(row as never, 500 + n)));
  sqlite = new Database(sqlitePath(database.url), { readonly: true });
});

afterAll(async () => {
  sqlite.close();
  await database.remove();
});

const indexFor = async (raw: Record<string, unknown>) => readMapIndex(sqlite, await pointListQuery(database.db, IncidentFilterSchema.parse(raw)));

describe("the map's index read on its own connection", () => {
  it("holds the filter's incidents with coordinates, and clusters them with exact counts and killed", async () => {
    const all = await indexFor({});
    expect(all.count).toBe(5);
    const region = clustersInView(all, { bbox: REGION_VIEW.bbox, zoom: 5 });
    expect(region.total).toBe(5);
    expect(region.clusters.map((c) => [c[2], c[3]])).toEqual([[4, 16]]);
    expect(region.points.map((p) => [p[1], p[2], p[3]])).toEqual([[30.18, 67, 3]]);
  });

  it("follows the filter: province, status, event type, minimum killed", async () => {
    expect((await indexFor({ province: ["PK-BA"] })).count).toBe(1);
    expect((await indexFor({ status: "all" })).count).toBe(6);
    expect((await indexFor({ eventType: ["Battles"] })).count).toBe(1);
    const kp = clustersInView(await indexFor({ province: ["PK-KP"], minKilled: 2 }), { bbox: REGION_VIEW.bbox, zoom: 5 });
    expect([kp.total, kp.clusters, kp.points.map((p) => p[3]).sort()]).toEqual([3, [], [10, 2, 4].sort()]);
  });
});
