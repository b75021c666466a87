import { describe, expect, it } from "vitest";
import { bulletinHeadlines, type BulletinFigures } from "./bulletin-headlines";

const figures: BulletinFigures = {
  current: { from: "2024-03-01", to: "2024-03-31", count: 138, killed: 40 },
  previous: { from: "2024-02-01", to: "2024-02-29", count: 100, killed: 50 },
  yearEarlier: { from: "2023-03-01", to: "2023-03-31", count: 0, killed: 0 },
  disputed: 3,
};

describe("the bulletin's headline figures", () => {
  const [incidents, killed, disputed] = bulletinHeadlines(figures, "province=PK-KP&from=2024-03-01&to=2024-03-31");

  it("gives each figure with its change on the previous period and a year earlier", () => {
    expect(incidents).toMatchObject({ name: "Incidents", value: 138 });
    expect(incidents!.changes.map((c) => [c.text, c.value])).toEqual([
      ["up 38% on the previous month", 100],
      ["up from none in the same period a year earlier", 0],
    ]);
    expect(killed!.changes.map((c) => c.text)).toEqual(["down 20% on the previous month", "up from none in the same period a year earlier"]);
  });

  it("links every number to the incident list behind it, the filter kept and the dates replaced", () => {
    expect(incidents!.href).toBe("/incidents?province=PK-KP&from=2024-03-01&to=2024-03-31");
    expect(killed!.href).toBe(incidents!.href);
    expect(incidents!.changes[0]!.href).toBe("/incidents?province=PK-KP&from=2024-02-01&to=2024-02-29");
    expect(incidents!.changes[1]!.href).toBe("/incidents?province=PK-KP&from=2023-03-01&to=2023-03-31");
  });

  it("counts the disputed incidents of the period, linked to the disputed filter", () => {
    expect(disputed).toMatchObject({ value: 3, behind: "disputed", changes: [] });
    expect(disputed!.href).toBe("/incidents?province=PK-KP&disputed=true&from=2024-03-01&to=2024-03-31");
  });

  it("says when nothing changed", () => {
    const same = bulletinHeadlines({ ...figures, previous: { ...figures.current, from: "2024-02-01", to: "2024-02-29" } }, "");
    expect(same[0]!.changes[0]!.text).toBe("unchanged on the previous month");
    expect(same[0]!.href).toBe("/incidents?from=2024-03-01&to=2024-03-31");
  });
});
