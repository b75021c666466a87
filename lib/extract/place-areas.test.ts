import { describe, expect, it } from "vitest";
import { buildPlaceIndex } from "./place-index";
import { namedAreas } from "./place-areas";
import { TEST_PLACES } from "./place-test-places";
import { splitSentences } from "./sentences";
import type { GazetteerPlace } from "@/lib/geo/gazetteer-place";

const jani: GazetteerPlace = {
  ...TEST_PLACES[0]!,
  id: "jk",
  name: "Jani Khel",
  asciiName: "Jani Khel",
  altNames: ["Janikhel"],
  country: "AFG",
  province: "Paktika",
  provinceIso: "AF-PKA",
  district: "Jani Khel",
};
const bannu: GazetteerPlace = { ...TEST_PLACES[0]!, id: "bannu", name: "Bannu", asciiName: "Bannu", altNames: [], district: "Bannu", featureCode: "PPLA2" };
const index = buildPlaceIndex([...TEST_PLACES, jani, bannu]);
const areas = (text: string) => namedAreas(splitSentences(text)[0]!, index).map((a) => [a.name, a.container?.name ?? null, a.container?.province ?? null]);

describe("namedAreas", () => {
  it("places an area the gazetteer lacks inside the district the sentence names", () => {
    expect(areas("An IED exploded in Khyber Pakhtunkhwa's North Waziristan district's Inzarkas village.")).toEqual([
      ["Inzarkas", "North Waziristan", "Khyber Pakhtunkhwa"],
    ]);
  });

  it("keeps the text's own district over a same-named village in the other country", () => {
    expect(areas("A soldier was martyred in Janikhel area of Khyber Pakhtunkhwa's Bannu district.")).toEqual([["Janikhel", "Bannu", "Khyber Pakhtunkhwa"]]);
  });

  it("leaves a place the gazetteer has inside the named district to the ordinary scoring", () => {
    expect(areas("Militants attacked a post in Mir Ali area of North Waziristan.")).toEqual([]);
  });

  it("reports an unknown area with no container for the caller to place", () => {
    expect(areas("A car bomber struck the police compound in Naway district.")).toEqual([["Naway", null, null]]);
    expect(areas("The attack happened in the border area.")).toEqual([]);
  });

  it("takes no container from the dateline or from far along the sentence", () => {
    expect(
      areas(
        "PESHAWAR: Soldiers were martyred in the Nurak area, according to officials who spoke to reporters much later at the headquarters in Khyber Pakhtunkhwa.",
      ),
    ).toEqual([["Nurak", null, null]]);
  });

  it("reads an area named in apposition", () => {
    expect(areas("The Taliban attacked Inzarkas, a village near North Waziristan district.")).toEqual([["Inzarkas", "North Waziristan", "Khyber Pakhtunkhwa"]]);
    expect(areas("The Taliban attacked Bagh-e Mubarak, a village on the road.")).toEqual([["Bagh-e Mubarak", null, null]]);
  });
});
