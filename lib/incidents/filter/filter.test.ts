import { describe, expect, it } from "vitest";
import { filterToSearchParams, parseIncidentFilter } from "./filter";
import { filterToWhere } from "./filter-where";

const parse = (query: string) => parseIncidentFilter(new URLSearchParams(query));

describe("incident filter", () => {
  it("is empty without parameters", () => {
    const f = parse("");
    expect(f.success && f.data).toEqual({ province: [], country: [], eventType: [], subEventType: [], actor: [] });
  });

  it("takes provinces by code or name, repeated or comma-separated, as ISO codes", () => {
    const f = parse("province=Khyber+Pakhtunkhwa&province=PK-BA,khost");
    expect(f.success && f.data.province).toEqual(["PK-KP", "PK-BA", "AF-KHO"]);
  });

  it("maps the former FATA to Khyber Pakhtunkhwa", () => {
    const f = parse("province=FATA");
    expect(f.success && f.data.province).toEqual(["PK-KP"]);
  });

  it("rejects an unknown province, event type or country", () => {
    expect(parse("province=Atlantis").success).toBe(false);
    expect(parse("eventType=Earthquake").success).toBe(false);
    expect(parse("country=XYZ").success).toBe(false);
  });

  it("rejects a range that ends before it starts", () => {
    expect(parse("from=2024-05-01&to=2024-04-01").success).toBe(false);
    const f = parse("from=2024-03-01&to=2024-03-31");
    expect(f.success && [f.data.from, f.data.to]).toEqual(["2024-03-01", "2024-03-31"]);
  });

  it("refuses a malformed or impossible date, and reads an empty one as no bound", () => {
    expect(parse("from=yesterday").success).toBe(false);
    expect(parse("to=2024-02-30").success).toBe(false);
    const f = parse("from=&to=");
    expect(f.success && [f.data.from, f.data.to]).toEqual([undefined, undefined]);
  });

  it("reads minimum killed, status and text", () => {
    const f = parse("minKilled=5&status=draft&q=+Mir+Ali+");
    expect(f.success && [f.data.minKilled, f.data.status, f.data.q]).toEqual([5, "draft", "Mir Ali"]);
  });

  it("refuses a minimum killed that is not a whole number of 0 or more, in the analyst's words", () => {
    for (const bad of ["-1", "abc", "2.5", "1e9"]) {
      const f = parse(`minKilled=${bad}`);
      expect(f.success, bad).toBe(false);
      expect(!f.success && f.error.issues.map((i) => [i.path.join("."), i.message]), bad).toEqual([
        ["minKilled", "minKilled must be a whole number of killed, 0 or more"],
      ]);
    }
  });

  it("reads disputed=true as a filter, disputed=false as none, and refuses anything else", () => {
    const on = parse("disputed=true");
    expect(on.success && on.data.disputed).toBe(true);
    expect(on.success && filterToSearchParams(on.data).toString()).toBe("disputed=true");
    const off = parse("disputed=false");
    expect(off.success && off.data.disputed).toBeUndefined();
    expect(parse("disputed=yes").success).toBe(false);
  });

  it("round-trips through the URL in canonical form", () => {
    const f = parse("province=Balochistan&eventType=Battles&from=2024-01-01");
    expect(f.success && filterToSearchParams(f.data).toString()).toBe("province=PK-BA&from=2024-01-01&eventType=Battles");
  });

  it("always excludes deleted incidents, keeps to published ones unless a status is asked for, and adds one condition per filter", () => {
    const f = parse("province=PK-KP&minKilled=3");
    const where = f.success ? filterToWhere(f.data) : null;
    expect(where).toEqual({
      AND: [{ deletedAt: null }, { provinceIso: { in: ["PK-KP"] } }, { killedTotal: { gte: 3 } }, { status: "published" }],
    });
    const drafts = parse("status=in_review");
    expect(drafts.success && filterToWhere(drafts.data)).toEqual({ AND: [{ deletedAt: null }, { status: "in_review" }] });
  });
});
