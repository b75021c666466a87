import { describe, expect, it } from "vitest";
import { listHref, monthHref } from "./trend-links";

describe("links behind the trend figures", () => {
  it("keeps the filter and sets the figure's days", () => {
    expect(listHref("province=PK-KP&eventType=Battles", { from: "2024-01-01", to: "2024-03-31" })).toBe(
      "/incidents?province=PK-KP&eventType=Battles&from=2024-01-01&to=2024-03-31",
    );
  });

  it("replaces the filter's dates with the month's, clamped to the range shown", () => {
    expect(monthHref("from=2024-03-10&to=2024-06-30", "2024-03", { from: "2024-03-10", to: "2024-06-30" })).toBe("/incidents?from=2024-03-10&to=2024-03-31");
  });

  it("puts the small multiple's value in place of the filter's own", () => {
    expect(monthHref("province=PK-KP&province=PK-BA", "2024-02", { from: "2024-01-01", to: "2024-12-31" }, { province: "PK-BA" })).toBe(
      "/incidents?from=2024-02-01&to=2024-02-29&province=PK-BA",
    );
    expect(monthHref("", "2024-02", { from: "2024-01-01", to: "2024-12-31" }, { actor: "Tehreek-e-Taliban Pakistan" })).toBe(
      "/incidents?from=2024-02-01&to=2024-02-29&actor=Tehreek-e-Taliban+Pakistan",
    );
  });
});
