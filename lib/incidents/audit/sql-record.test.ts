import { describe, expect, it } from "vitest";
import { recordFromSql, storedDate } from "./sql-record";

describe("storedDate", () => {
  it("reads every form a DATETIME column holds here, as UTC", () => {
    const expected = "2026-01-02T10:00:00.000Z";
    expect(storedDate("2026-01-02T10:00:00.000+00:00")!.toISOString()).toBe(expected);
    expect(storedDate("2026-01-02 10:00:00")!.toISOString()).toBe(expected);
    expect(storedDate("2026-01-02T10:00:00.000Z")!.toISOString()).toBe(expected);
    expect(storedDate(Date.parse(expected))!.toISOString()).toBe(expected);
    expect(storedDate(new Date(expected))!.toISOString()).toBe(expected);
    expect(storedDate(null)).toBeNull();
  });
});

describe("recordFromSql", () => {
  const row = {
    title: "T",
    summary: "",
    status: "draft",
    eventDate: "2024-03-16T00:00:00.000+00:00",
    endDate: null,
    datePrecision: "day",
    countryIso3: "PAK",
    countryName: "Pakistan",
    provinceIso: "PK-KP",
    province: "Khyber Pakhtunkhwa",
    district: null,
    location: null,
    latitude: 32.97,
    longitude: null,
    geoPrecision: "town",
    eventType: "Battles",
    subEventType: null,
    attackType: null,
    targetType: null,
    target: null,
    weaponType: null,
    weaponSubtype: null,
    suicide: 0,
    killedTotal: 3,
    killedSecurity: null,
    killedCivilians: null,
    killedMilitants: null,
    killedUnknown: null,
    killedLow: null,
    killedHigh: null,
    injuredTotal: null,
    injuredSecurity: null,
    injuredCivilians: null,
    injuredMilitants: null,
    injuredUnknown: null,
  };
  const keeping = { id: 7, externalId: "PAK1", version: 2, createdAt: "2026-01-02 10:00:00", updatedAt: "2026-01-03T11:00:00.000+00:00" };
  const rel = {
    sources: [
      {
        id: 4,
        url: "https://a.example/1",
        datasetRecord: null,
        outlet: "Dawn",
        headline: null,
        publishedAt: "2024-03-17T00:00:00.000+00:00",
        language: "en",
        notes: null,
        quote: "q",
        archivedSha256: "ab12",
        archivedAt: "2026-01-02T09:00:00.000+00:00",
        originator: "police",
        reportedFacts: null,
        figures: [{ field: "killed.total", value: 3, quote: "Three were killed." }],
      },
    ],
    actors: [{ id: 9, name: "TTP", kind: "armed_group", role: "perpetrator", certainty: "claimed" }],
    claims: [{ id: 5, kind: "origin", claimantName: "X", claimantRole: null, subject: "Y", statement: "S", madeOn: null, source: null }],
  };

  it("gives the API record: days as YYYY-MM-DD, times as ISO, 0/1 as booleans, counts grouped", () => {
    const r = recordFromSql(row, keeping, rel);
    expect(r).toMatchObject({
      id: 7,
      externalId: "PAK1",
      eventDate: "2024-03-16",
      endDate: null,
      suicide: false,
      killed: { total: 3, securityForces: null },
      version: 2,
      createdAt: "2026-01-02T10:00:00.000Z",
      updatedAt: "2026-01-03T11:00:00.000Z",
    });
    expect(r.sources).toEqual([
      {
        id: 4,
        url: "https://a.example/1",
        datasetRecord: null,
        outlet: "Dawn",
        headline: null,
        publishedAt: "2024-03-17",
        language: "en",
        notes: null,
        quote: "q",
        archivedCopy: { sha256: "ab12", capturedAt: "2026-01-02T09:00:00.000Z" },
        report: { originator: "police", figures: { "killed.total": { value: 3, quote: "Three were killed." } }, facts: {} },
      },
    ]);
    expect(r.claims[0]).toEqual({ id: 5, kind: "origin", claimantName: "X", claimantRole: null, subject: "Y", statement: "S", madeOn: null, source: null });
  });

  it("takes the bulk writer's row as it is before binding: Date days and a boolean flag", () => {
    const r = recordFromSql({ ...row, eventDate: new Date("2024-03-16T00:00:00.000Z"), suicide: true }, keeping, rel);
    expect(r).toMatchObject({ eventDate: "2024-03-16", suicide: true });
  });
});
