import { describe, expect, it } from "vitest";
import { bulletinHref, bulletinPdfHref, readBulletinPage } from "./bulletin-query";

describe("the bulletin's address", () => {
  it("keeps the filter and lets the month stand for its dates", () => {
    expect(bulletinHref("province=PK-KP&from=2024-01-01&to=2024-12-31", "2024-03")).toBe("/bulletin?province=PK-KP&month=2024-03");
    expect(bulletinPdfHref("", "2024-03")).toBe("/bulletin.pdf?month=2024-03");
    expect(bulletinHref("province=PK-KP&from=2024-01-01")).toBe("/bulletin?province=PK-KP&from=2024-01-01");
    expect(bulletinHref("")).toBe("/bulletin");
  });
});

describe("the bulletin page's parameters", () => {
  const read = (query: string) => readBulletinPage(new URLSearchParams(query), null);

  it("reads the filter and the month", () => {
    const page = read("province=Khyber Pakhtunkhwa&month=2024-03");
    expect(page).toMatchObject({ month: "2024-03", error: null, filterQuery: "province=PK-KP" });
  });

  it("reports a bad month on its field and still applies the rest of the filter", () => {
    const page = read("province=PK-KP&month=2024-3");
    expect(page.month).toBeUndefined();
    expect(page.filter.province).toEqual(["PK-KP"]);
    expect(page.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["month", "month must be a month as YYYY-MM, such as 2024-03"]]);
  });

  it("reports bad filter parameters and a bad month together", () => {
    const page = read("province=Atlantis&month=March");
    expect(page.error?.issues.map((i) => i.path[0])).toEqual(["province", "month"]);
  });

  it("keeps drafts out for readers who may not ask for them (decision 017)", () => {
    expect(read("status=draft&month=2024-03").filter.status).toBeUndefined();
  });
});
