import { describe, expect, it } from "vitest";
import { parentsFirst } from "./table-order";

const before = (order: string[], a: string, b: string) => order.indexOf(a) < order.indexOf(b);

describe("parentsFirst", () => {
  it("puts every table after the tables it refers to", () => {
    const references = [
      { from: "ReportedFigure", to: "IncidentSource" },
      { from: "IncidentSource", to: "Incident" },
      { from: "IncidentSource", to: "Source" },
      { from: "AuditEvent", to: "User" },
      { from: "AuditEvent", to: "Incident" },
    ];
    const order = parentsFirst(["ReportedFigure", "AuditEvent", "IncidentSource", "User", "Source", "Incident", "Lonely"], references);
    expect(order).toHaveLength(7);
    expect(new Set(order).size).toBe(7);
    for (const { from, to } of references) expect(before(order, to, from), `${to} before ${from}`).toBe(true);
  });

  it("leaves a table's references to itself to the order of its rows, and ignores tables it was not given", () => {
    expect(
      parentsFirst(
        ["Comment", "Post"],
        [
          { from: "Comment", to: "Comment" },
          { from: "Comment", to: "Post" },
          { from: "Post", to: "Elsewhere" },
        ],
      ),
    ).toEqual(["Post", "Comment"]);
  });

  it("refuses a circle between tables", () => {
    expect(() =>
      parentsFirst(
        ["A", "B"],
        [
          { from: "A", to: "B" },
          { from: "B", to: "A" },
        ],
      ),
    ).toThrow("Foreign keys form a circle: A -> B -> A");
  });
});
