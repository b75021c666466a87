import { describe, expect, it } from "vitest";
import { formatDay } from "@/lib/dates/format-date";
import { bulletinPeriod, parseBulletinPeriod, periodLabel } from "./bulletin-period";

const parse = (query: string) => parseBulletinPeriod(new URLSearchParams(query));

describe("the month parameter", () => {
  it.each(["2024-03", "1999-12", "2024-01"])("reads %s", (month) => {
    expect(parse(`month=${month}`)).toMatchObject({ success: true, data: { month } });
  });

  it("is optional", () => {
    expect(parse("province=PK-KP")).toMatchObject({ success: true, data: {} });
  });

  it("takes the last of repeated values, as the filter does", () => {
    expect(parse("month=2023-01&month=2024-03")).toMatchObject({ success: true, data: { month: "2024-03" } });
  });

  it.each(["2024-3", "2024-13", "2024-00", "March 2024", "2024-03-01", "", "24-03"])("refuses %j with a message on the month field", (month) => {
    const parsed = parse(`month=${encodeURIComponent(month)}`);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["month"], message: "month must be a month as YYYY-MM, such as 2024-03" });
  });
});

describe("the period a bulletin covers", () => {
  it("is the month asked for, whatever the filter's dates", () => {
    expect(bulletinPeriod("2024-03", {}, "2024-12-01")).toEqual({ from: "2024-03-01", to: "2024-03-31" });
    expect(bulletinPeriod("2024-02", { from: "2023-01-01", to: "2023-02-01" }, null)).toEqual({ from: "2024-02-01", to: "2024-02-29" });
  });

  it("is the filter's dates when it has both", () => {
    expect(bulletinPeriod(undefined, { from: "2024-03-05", to: "2024-04-20" }, "2024-12-01")).toEqual({ from: "2024-03-05", to: "2024-04-20" });
  });

  it("is otherwise the month of the latest matching incident", () => {
    expect(bulletinPeriod(undefined, {}, "2024-03-18")).toEqual({ from: "2024-03-01", to: "2024-03-31" });
  });

  it("ends at the filter's `to` and does not start before its `from`", () => {
    expect(bulletinPeriod(undefined, { to: "2024-05-10" }, "2024-03-18")).toEqual({ from: "2024-05-01", to: "2024-05-10" });
    expect(bulletinPeriod(undefined, { from: "2024-03-15" }, "2024-03-18")).toEqual({ from: "2024-03-15", to: "2024-03-31" });
  });

  it("is none when no incident matches and the filter gives no end", () => {
    expect(bulletinPeriod(undefined, {}, null)).toBeNull();
    expect(bulletinPeriod(undefined, { from: "2024-01-01" }, null)).toBeNull();
  });
});

describe("the period in words", () => {
  it("names a whole month", () => {
    expect(periodLabel({ from: "2024-03-01", to: "2024-03-31" })).toBe("March 2024");
    expect(periodLabel({ from: "2023-04-01", to: "2024-03-31" })).toBe("April 2023 – March 2024");
  });

  it("gives the days otherwise", () => {
    expect(periodLabel({ from: "2024-03-05", to: "2024-04-20" })).toBe(`${formatDay("2024-03-05")} – ${formatDay("2024-04-20")}`);
    expect(periodLabel({ from: "2024-03-05", to: "2024-03-05" })).toBe(formatDay("2024-03-05"));
  });
});
