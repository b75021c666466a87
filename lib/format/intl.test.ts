import { describe, expect, it } from "vitest";
import { formatNumber, utcDateFormat } from "./intl";

describe("shared formatters", () => {
  it("builds one date formatter per set of options and formats in UTC", () => {
    const a = utcDateFormat({ day: "numeric", month: "short", year: "numeric" });
    expect(utcDateFormat({ day: "numeric", month: "short", year: "numeric" })).toBe(a);
    expect(utcDateFormat({ month: "long", year: "numeric" })).not.toBe(a);
    expect(a.format(new Date("2024-03-16T23:30:00Z"))).toBe("16 Mar 2024");
  });

  it("groups thousands", () => {
    expect(formatNumber(100000)).toBe("100,000");
    expect(formatNumber(0)).toBe("0");
  });
});
