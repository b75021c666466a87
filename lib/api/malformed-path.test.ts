import { describe, expect, it } from "vitest";
import { isMalformedPath } from "./malformed-path";

describe("isMalformedPath", () => {
  it.each(["/incidents/%FF", "/invite/%ED%A0%80", "/api/incidents/%E0%A4", "/x/%"])("%s is malformed", (path) => {
    expect(isMalformedPath(path)).toBe(true);
  });

  it.each(["/", "/incidents/12", "/invite/abc%20def", "/places/Mir%20Ali", "/a/%C3%A9", "/%25"])("%s is fine", (path) => {
    expect(isMalformedPath(path)).toBe(false);
  });
});
