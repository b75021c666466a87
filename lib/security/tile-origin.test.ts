import { describe, expect, it } from "vitest";
import { tileOrigin } from "./tile-origin";

describe("tileOrigin", () => {
  it.each([
    ["https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org"],
    ["https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", "https://*.tile.openstreetmap.org"],
    ["http://tiles.internal:8080/osm/{z}/{x}/{y}.png?key=1", "http://tiles.internal:8080"],
    ["https://maps.example.org/{z}/{x}/{y}{r}.png", "https://maps.example.org"],
  ])("%s -> %s", (template, origin) => {
    expect(tileOrigin(template)).toBe(origin);
  });

  it.each([
    ["no tile layer", null],
    ["same origin", "/tiles/{z}/{x}/{y}.png"],
    ["not a URL", "tiles please"],
    ["not http(s)", "ftp://tiles.example.org/{z}/{x}/{y}.png"],
    ["a subdomain template not in the leftmost label", "https://a{s}.example.org/{z}/{x}/{y}.png"],
  ])("%s: none", (_, template) => {
    expect(tileOrigin(template)).toBeNull();
  });
});
