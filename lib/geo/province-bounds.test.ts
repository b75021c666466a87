import { describe, expect, it } from "vitest";
import { provinceBounds } from "./province-bounds";
import { REGION_BOUNDS } from "./region";

describe("province bounds", () => {
  it("frame a province around its known places", () => {
    const [[south, west], [north, east]] = provinceBounds(["PK-KP"])!;
    // Peshawar and Mir Ali lie in Khyber Pakhtunkhwa; Quetta (Balochistan) does not.
    for (const [lat, lng] of [
      [34.01, 71.58],
      [32.97, 70.27],
    ]) {
      expect(lat).toBeGreaterThan(south);
      expect(lat).toBeLessThan(north);
      expect(lng).toBeGreaterThan(west);
      expect(lng).toBeLessThan(east);
    }
    expect(30.18 > south && 67.0 > west && 30.18 < north && 67.0 < east).toBe(false);
  });

  it("frame several provinces together, inside the region, and none for unknown codes", () => {
    const kp = provinceBounds(["PK-KP"])!;
    const both = provinceBounds(["PK-KP", "PK-BA"])!;
    expect(both[0][0]).toBeLessThan(kp[0][0]);
    expect(both[0][0]).toBeGreaterThanOrEqual(REGION_BOUNDS[0][0]);
    expect(both[1][1]).toBeLessThanOrEqual(REGION_BOUNDS[1][1]);
    expect(provinceBounds([])).toBeNull();
    expect(provinceBounds(["XX-YY"])).toBeNull();
  });
});
