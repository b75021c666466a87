import { describe, expect, it } from "vitest";
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
