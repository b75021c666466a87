import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/tests/fresh-database";
import { buildIncident } from "@/prisma/factories";
import { IncidentFilterSchema } from "../filter/filter";
import { decodeMapPoints, isApproximateFlag, KILLED_NOT_REPORTED, typeIndexOf } from "./map-points";
import { mapPointsIn } from "./map-points-query";
import { IncidentInputSchema } from "../schema";
import { insertIncident } from "../write/write-incident";

let database: ReturnType<typeof freshDatabase>;

beforeAll(async () => {
  database = freshDatabase();
  const killed = (total: number | null) => ({ total, securityForces: total, civilians: null, militants: null, unknown: null });
  await insertIncident(database.db, IncidentInputSchema.parse(buildIncident({ killed: killed(7) }, 1)));
  await insertIncident(
    database.db,
    IncidentInputSchema.parse(buildIncident({ killed: killed(null), geoPrecision: "district", eventType: "Battles", subEventType: "Armed clash" }, 2)),
  );
});

afterAll(() => database.remove());

describe("mapPointsIn", () => {
  it("sends each point's killed and its event type and precision flags through SQL intact", async () => {
    const points = decodeMapPoints((await mapPointsIn(database.db, IncidentFilterSchema.parse({}))).buffer);
    expect(points.count).toBe(2);
    const byKilled = [...points.killed].sort((a, b) => a - b);
    expect(byKilled).toEqual([7, KILLED_NOT_REPORTED]);
    const battle = [...points.killed].indexOf(KILLED_NOT_REPORTED);
    expect(typeIndexOf(points.flags[battle]!)).toBe(0);
    expect(isApproximateFlag(points.flags[battle]!)).toBe(true);
    expect(isApproximateFlag(points.flags[1 - battle]!)).toBe(false);
  });
});
