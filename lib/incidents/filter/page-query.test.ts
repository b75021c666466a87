import { describe, expect, it } from "vitest";
import { readPageFilter } from "./page-query";

describe("a page's filter", () => {
  it("leaves out only the parameters it cannot read, reports them, and keeps the rest", () => {
    const { filter, error, filterQuery } = readPageFilter(new URLSearchParams("province=Balochistan&from=2024-02-30&to=2024-03-31&sort=date"), null);
    expect(filter.province).toEqual(["PK-BA"]);
    expect([filter.from, filter.to]).toEqual([undefined, "2024-03-31"]);
    expect(error?.issues.map((i) => i.path[0])).toEqual(["from"]);
    expect(filterQuery).toBe("province=PK-BA&to=2024-03-31");
  });

  it("reports nothing for a readable filter", () => {
    expect(readPageFilter(new URLSearchParams("from=2024-03-01"), null).error).toBeNull();
  });
});
