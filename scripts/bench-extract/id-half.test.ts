import { describe, expect, it } from "vitest";
import { inIdHalf, parseHalvedSets, parseIdHalf } from "./id-half";

describe("id halves", () => {
  it("puts ids with an odd number in the odd half and the rest in the even half", () => {
    expect(["w01", "w02", "w09", "w10", "w93"].filter((id) => inIdHalf(id, "odd"))).toEqual(["w01", "w09", "w93"]);
    expect(["w01", "w02", "w09", "w10", "w94"].filter((id) => inIdHalf(id, "even"))).toEqual(["w02", "w10", "w94"]);
  });
  it("reads the number after the letter, not a year at the end of the slug", () => {
    expect(inIdHalf("w06-outlet-place-2017", "even")).toBe(true);
    expect(inIdHalf("w03-outlet-place-2010", "odd")).toBe(true);
  });
  it("keeps an id with no number out of both halves", () => {
    expect(inIdHalf("w", "odd")).toBe(false);
    expect(inIdHalf("w", "even")).toBe(false);
  });
  it("accepts only odd or even", () => {
    expect(parseIdHalf(undefined)).toBeUndefined();
    expect(parseIdHalf("odd")).toBe("odd");
    expect(() => parseIdHalf("all")).toThrow(/odd/);
  });
  it("halves the blind, the reserve, the spare, the sealed, the locked and the vault sets unless --halve names some", () => {
    expect([...parseHalvedSets(undefined)]).toEqual(["blind", "reserve", "spare", "sealed", "locked", "vault"]);
    expect([...parseHalvedSets("reserve")]).toEqual(["reserve"]);
    expect([...parseHalvedSets("spare")]).toEqual(["spare"]);
    expect(() => parseHalvedSets("fresh")).toThrow(/fresh/);
  });
  it("splits reserve ids by the number after the letter", () => {
    expect(["x01", "x02", "x98", "x99"].filter((id) => inIdHalf(id, "odd"))).toEqual(["x01", "x99"]);
  });
  it("splits spare ids by the number after the letter", () => {
    expect(["y01", "y02", "y95", "y96"].filter((id) => inIdHalf(id, "even"))).toEqual(["y02", "y96"]);
  });
});
