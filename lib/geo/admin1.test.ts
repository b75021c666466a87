import { describe, expect, it } from "vitest";
import { PROVINCES } from "../taxonomy/provinces";
import { ADMIN1 } from "./admin1";
import { BASEMAP } from "./basemap";
import isoCodes from "./fixtures/iso-3166-2-pk-af.json";

const sorted = (codes: Iterable<string>) => [...codes].sort();

describe("admin1.json", () => {
  const shipped = ADMIN1.features.map((f) => f.properties.iso);

  it("has one unit per province, with FATA merged into Khyber Pakhtunkhwa", () => {
    expect(shipped).toHaveLength(41);
    expect(new Set(shipped).size).toBe(41);
    expect(shipped.filter((iso) => iso.startsWith("PK-"))).toHaveLength(7);
    expect(shipped).not.toContain("PK-TA");
  });

  it("uses exactly the codes of the province taxonomy and of ISO 3166-2", () => {
    expect(sorted(shipped)).toEqual(sorted(PROVINCES.map((p) => p.iso)));
    expect(sorted(shipped)).toEqual(sorted(isoCodes.subdivisions.map((s) => s.code)));
  });

  it("carries the taxonomy's names and countries", () => {
    for (const f of ADMIN1.features) {
      const province = PROVINCES.find((p) => p.iso === f.properties.iso)!;
      expect(f.properties).toEqual({ iso: province.iso, name: province.name, country: province.country });
    }
  });
});

describe("basemap.json", () => {
  it("outlines Pakistan, Afghanistan and their neighbours", () => {
    const iso3 = BASEMAP.features.map((f) => f.properties.iso3);
    for (const code of ["PAK", "AFG", "IRN", "IND", "CHN", "TJK", "UZB", "TKM"]) expect(iso3).toContain(code);
  });
});
