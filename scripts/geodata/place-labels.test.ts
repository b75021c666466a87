import { describe, expect, it } from "vitest";
import type { GazetteerRecord } from "../../lib/geo/gazetteer-place";
import { placeLabels } from "./place-labels";

const place = (over: Partial<GazetteerRecord>): GazetteerRecord => ({
  id: "gn:1",
  name: "Town",
  asciiName: "Town",
  altNames: [],
  lat: 33.123456,
  lng: 70.987654,
  featureCode: "PPL",
  population: 1000,
  country: "PAK",
  provinceIso: "PK-KP",
  district: null,
  ...over,
});

describe("placeLabels", () => {
  it("writes the ASCII name, a rounded position and the first zoom", () => {
    expect(placeLabels([place({ name: "Khōst", asciiName: "Khost", featureCode: "PPLA", population: 96_123 })])).toEqual([["Khost", 33.123, 70.988, 6]]);
  });

  it("leaves out sections of towns, abandoned and destroyed places, districts and valleys", () => {
    const kinds = ["PPLX", "PPLQ", "PPLW", "PPLH", "ADM2", "VAL"].map((featureCode, i) => place({ id: `gn:${i}`, asciiName: featureCode, featureCode }));
    expect(placeLabels([...kinds, place({ asciiName: "Kept" })]).map((l) => l[0])).toEqual(["Kept"]);
  });

  it("orders capitals and large cities before villages, whatever the input order", () => {
    const labels = placeLabels([
      place({ asciiName: "Village", population: 600 }),
      place({ asciiName: "Wana", featureCode: "PPL", population: 2_223 }),
      place({ asciiName: "Bannu", featureCode: "PPLA2", population: 49_008 }),
      place({ asciiName: "Kabul", featureCode: "PPLC", population: 3_043_532 }),
      place({ asciiName: "Quetta", featureCode: "PPLA", population: 733_675 }),
    ]);
    expect(labels.map((l) => l[0])).toEqual(["Kabul", "Quetta", "Bannu", "Wana", "Village"]);
  });
});
