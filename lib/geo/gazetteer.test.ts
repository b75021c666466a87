import { describe, expect, it } from "vitest";
import { allPlaces, findPlaceByName, searchPlaces } from "./gazetteer";

const first = (query: string, opts?: Parameters<typeof searchPlaces>[1]) => searchPlaces(query, opts)[0];

describe("searchPlaces", () => {
  it("finds Mir Ali from the supplement with its district and province", () => {
    expect(first("Mir Ali")).toMatchObject({
      name: "Mir Ali",
      district: "North Waziristan",
      province: "Khyber Pakhtunkhwa",
      provinceIso: "PK-KP",
      country: "PAK",
    });
  });

  it.each([
    ["miranshah", "Miran Shah"],
    ["Miram Shah", "Miran Shah"],
    ["D.I. Khan", "Dera Ismail Khan"],
    ["DI Khan", "Dera Ismail Khan"],
    ["di khan", "Dera Ismail Khan"],
    ["D.G. Khan", "Dera Ghazi Khan"],
    ["Sharana", "Sharan"],
    ["Makin", "Makeen"],
    ["lashkargah", "Lashkar Gāh"],
  ])("%s finds %s first", (query, name) => {
    expect(first(query)?.name).toBe(name);
  });

  it("ranks Afghanistan's Khost first and ignores diacritics", () => {
    expect(first("khost")).toMatchObject({ asciiName: "Khost", country: "AFG", provinceIso: "AF-KHO" });
    expect(first("Khōst")?.id).toBe(first("KHOST")?.id);
  });

  it("ranks exact over prefix over word matches, then by seat and population", () => {
    const names = searchPlaces("bannu", { limit: 5 }).map((p) => p.name);
    expect(names[0]).toBe("Bannu");
    const kabul = searchPlaces("kab", { limit: 5 });
    expect(kabul[0]?.name).toBe("Kabul");
    const wordOnly = searchPlaces("shah", { limit: 50 });
    expect(wordOnly.some((p) => p.name === "Miran Shah")).toBe(true);
  });

  it("filters by country and limits the results", () => {
    expect(searchPlaces("kot", { country: "AFG", limit: 20 }).every((p) => p.country === "AFG")).toBe(true);
    expect(searchPlaces("a", { limit: 3 })).toHaveLength(3);
  });

  it("returns nothing for an empty or punctuation-only query", () => {
    expect(searchPlaces("")).toEqual([]);
    expect(searchPlaces("   ")).toEqual([]);
    expect(searchPlaces("..")).toEqual([]);
  });
});

describe("findPlaceByName", () => {
  it("matches names and aliases exactly", () => {
    expect(findPlaceByName("Dera Ismail Khan")?.name).toBe("Dera Ismail Khan");
    expect(findPlaceByName("d.i. khan")?.name).toBe("Dera Ismail Khan");
    expect(findPlaceByName("Miranshah")?.name).toBe("Miran Shah");
    expect(findPlaceByName("Khowst")?.country).toBe("AFG");
  });

  it("does not match on a prefix", () => {
    expect(findPlaceByName("Dera Ismail")).toBeNull();
    expect(findPlaceByName("")).toBeNull();
  });
});

describe("allPlaces", () => {
  it("holds GeoNames places and the supplement, with known countries and provinces", () => {
    const places = allPlaces();
    expect(places.length).toBeGreaterThan(900);
    expect(places.every((p) => p.country === "PAK" || p.country === "AFG")).toBe(true);
    expect(places.every((p) => (p.provinceIso === null) === (p.province === null))).toBe(true);
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
  });

  it("normalises district names to the form analysts use", () => {
    const districts = new Set(allPlaces().map((p) => p.district));
    expect(districts).toContain("North Waziristan");
    expect(districts).toContain("South Waziristan");
    expect(districts).toContain("Dera Ismail Khan");
    expect([...districts].some((d) => d && /(District|Agency)$|[^\x20-\x7e]/.test(d))).toBe(false);
  });
});
