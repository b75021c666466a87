import { describe, expect, it } from "vitest";
import { searchPlaces } from "./gazetteer";
import { PlaceQuerySchema, PointQuerySchema, toPlaceHit } from "./place-search";

describe("PlaceQuerySchema", () => {
  it("takes a query with a default limit", () => {
    expect(PlaceQuerySchema.parse({ q: " Mir Ali " })).toEqual({ q: "Mir Ali", limit: 8 });
  });
  it("refuses a missing, one-letter or overlong query and a limit out of range", () => {
    expect(PlaceQuerySchema.safeParse({}).success).toBe(false);
    expect(PlaceQuerySchema.safeParse({ q: "M" }).success).toBe(false);
    expect(PlaceQuerySchema.safeParse({ q: "x".repeat(101) }).success).toBe(false);
    expect(PlaceQuerySchema.safeParse({ q: "Mir", limit: "21" }).success).toBe(false);
    expect(PlaceQuerySchema.safeParse({ q: "Mir", limit: "0" }).success).toBe(false);
    expect(PlaceQuerySchema.safeParse({ q: "Mir", country: "XXX" }).success).toBe(false);
  });
});

describe("PointQuerySchema", () => {
  it("reads decimal degrees", () => {
    expect(PointQuerySchema.parse({ lat: "32.97", lng: "70.27" })).toEqual({ lat: 32.97, lng: 70.27 });
  });
  it("refuses missing, empty, non-numeric and out-of-range values", () => {
    for (const q of [{}, { lat: "", lng: "70" }, { lat: "abc", lng: "70" }, { lat: "91", lng: "70" }, { lat: "30", lng: "-181" }]) {
      expect(PointQuerySchema.safeParse(q).success).toBe(false);
    }
  });
});

describe("toPlaceHit", () => {
  it("gives the picker what fills the Where section for Mir Ali", () => {
    expect(toPlaceHit(searchPlaces("Mir Ali")[0]!)).toEqual({
      id: "sup:mir-ali",
      name: "Mir Ali",
      lat: 32.97,
      lng: 70.27,
      countryIso3: "PAK",
      countryName: "Pakistan",
      province: "Khyber Pakhtunkhwa",
      district: "North Waziristan",
    });
  });
});
