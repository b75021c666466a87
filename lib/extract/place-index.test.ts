import { describe, expect, it } from "vitest";
import type { District } from "@/lib/geo/district-data";
import { buildPlaceIndex } from "./place-index";
import { TEST_PLACES } from "./place-test-places";

const index = buildPlaceIndex(TEST_PLACES);
const kinds = (name: string) => index.get(name).map((e) => `${e.kind}:${e.name}`);

describe("buildPlaceIndex", () => {
  it("finds places, districts and provinces by any folded name", () => {
    expect(kinds("mir ali")).toEqual(["place:Mir Ali"]);
    expect(kinds("Mirali")).toEqual(["place:Mir Ali"]);
    expect(kinds("NORTH WAZIRISTAN")).toEqual(["district:North Waziristan"]);
    expect(kinds("K.P.K.")).toEqual(["province:Khyber Pakhtunkhwa"]);
    expect(kinds("Kalat")).toEqual(["place:Kalat", "place:Qalāt", "district:Kalat"]);
  });

  it("knows the press's spellings of district names", () => {
    expect(kinds("Noshki")).toEqual(["district:Nushki"]);
    expect(kinds("D.I. Khan")).toEqual(["district:Dera Ismail Khan"]);
  });

  it("puts a district at its seat", () => {
    const d = index.get("North Waziristan")[0]!;
    expect([d.lat, d.lng]).toEqual([33.0, 70.07]);
  });

  it("sounds out spelling variants only for unambiguous names", () => {
    expect(index.getBySkeleton("Nushky").map((e) => e.name)).toContain("Nushki");
    expect(index.getBySkeleton("Peshawer").map((e) => e.name)).toContain("Peshawar");
    expect(index.getBySkeleton("Nowhere")).toEqual([]);
  });
});

describe("buildPlaceIndex with the district table", () => {
  const table: District[] = [
    { name: "Mohmand", altNames: [], country: "PAK", provinceIso: "PK-KP", province: "Khyber Pakhtunkhwa", lat: null, lng: null, position: "none" },
    { name: "North Waziristan", altNames: [], country: "PAK", provinceIso: "PK-KP", province: "Khyber Pakhtunkhwa", lat: 33.1, lng: 70.1, position: "towns" },
    {
      name: "Nawah-ye Barakzai",
      altNames: ["Nawa Barakzai"],
      country: "AFG",
      provinceIso: "AF-HEL",
      province: "Helmand",
      lat: null,
      lng: null,
      position: "none",
    },
    {
      name: "Ghalanai",
      altNames: [],
      country: "PAK",
      provinceIso: "PK-KP",
      province: "Khyber Pakhtunkhwa",
      within: "Mohmand",
      lat: null,
      lng: null,
      position: "none",
    },
  ];
  const withTable = buildPlaceIndex(TEST_PLACES, table);

  it("knows a district no town of the gazetteer lies in, with no point", () => {
    expect(withTable.get("Mohmand").map((e) => [e.kind, e.province, e.lat])).toEqual([["district", "Khyber Pakhtunkhwa", null]]);
    expect(index.get("Mohmand")).toEqual([]);
  });

  it("finds a district by the press's spelling and a tehsil or seat inside its district", () => {
    expect(withTable.get("Nawa Barakzai").map((e) => e.name)).toEqual(["Nawah-ye Barakzai"]);
    expect(withTable.get("Ghalanai").map((e) => `${e.kind}:${e.district}`)).toEqual(["place:Mohmand"]);
  });

  it("puts a district at the table's point, not a second entry beside the one the towns give", () => {
    expect(withTable.get("North Waziristan").map((e) => [e.lat, e.lng])).toEqual([[33.1, 70.1]]);
  });
});
