import { describe, expect, it } from "vitest";
import { allPlaces } from "./gazetteer";
import { provinceFromPoint } from "./province-from-point";

describe("provinceFromPoint", () => {
  it.each([
    ["Mir Ali", 32.97, 70.27, "PK-KP"],
    ["Miran Shah", 33.00059, 70.07117, "PK-KP"],
    ["Wana", 32.29889, 69.5725, "PK-KP"],
    ["Parachinar", 33.89968, 70.10012, "PK-KP"],
    ["Peshawar", 34.008, 71.57849, "PK-KP"],
    ["Quetta", 30.18414, 67.00141, "PK-BA"],
    ["Gwadar", 25.12163, 62.32541, "PK-BA"],
    ["Chaman", 30.91769, 66.45259, "PK-BA"],
    ["Karachi", 24.8608, 67.0104, "PK-SD"],
    ["Islamabad", 33.72148, 73.04329, "PK-IS"],
    ["Lahore", 31.558, 74.35071, "PK-PB"],
    ["Gilgit", 35.91869, 74.31245, "PK-GB"],
    ["Muzaffarabad", 34.37, 73.47, "PK-JK"],
    ["Khost (AF)", 33.33951, 69.92041, "AF-KHO"],
    ["Sharana", 33.17568, 68.73045, "AF-PKA"],
    ["Gardez", 33.59744, 69.22592, "AF-PIA"],
    ["Bazarak", 35.31292, 69.51519, "AF-PAN"],
    ["Nili", 33.72178, 66.13023, "AF-DAY"],
    ["Tarin Kot", 32.62998, 65.87806, "AF-URU"],
    ["Kabul", 34.52813, 69.17233, "AF-KAB"],
    ["Jalalabad", 34.42647, 70.45153, "AF-NAN"],
    ["Kandahar", 31.61332, 65.71013, "AF-KAN"],
    ["Herat", 34.34817, 62.19967, "AF-HER"],
  ])("%s -> %s", (_name, lat, lng, iso) => {
    expect(provinceFromPoint(lat, lng)?.iso).toBe(iso);
  });

  it.each([
    ["the Arabian Sea", 22.5, 64.0],
    ["New Delhi", 28.61, 77.21],
    ["Amritsar, 25 km from the border", 31.63, 74.87],
    ["Zahedan, Iran", 29.5, 60.86],
    ["Dushanbe, Tajikistan", 38.56, 68.77],
    ["null island", 0, 0],
  ])("a point in %s -> null", (_name, lat, lng) => {
    expect(provinceFromPoint(lat, lng)).toBeNull();
  });

  it("names the provinces the form shows for Mir Ali, Quetta and Khost", () => {
    expect(provinceFromPoint(32.97, 70.27)?.name).toBe("Khyber Pakhtunkhwa");
    expect(provinceFromPoint(30.18414, 67.00141)?.name).toBe("Balochistan");
    expect(provinceFromPoint(33.33951, 69.92041)).toMatchObject({ name: "Khost", country: "AFG" });
  });

  it("returns the taxonomy's province object", () => {
    expect(provinceFromPoint(32.97, 70.27)).toMatchObject({ iso: "PK-KP", name: "Khyber Pakhtunkhwa", country: "PAK" });
  });

  it("rejects coordinates that are not numbers", () => {
    expect(provinceFromPoint(Number.NaN, 70)).toBeNull();
    expect(provinceFromPoint(33, Number.POSITIVE_INFINITY)).toBeNull();
  });

  it("agrees with GeoNames' own province for at least 97% of its places", () => {
    const geonames = allPlaces().filter((p) => !p.id.startsWith("sup:") && p.provinceIso);
    const agreeing = geonames.filter((p) => provinceFromPoint(p.lat, p.lng)?.iso === p.provinceIso);
    expect(geonames.length).toBeGreaterThan(800);
    expect(agreeing.length / geonames.length).toBeGreaterThanOrEqual(0.97);
  });
});
