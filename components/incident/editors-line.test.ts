import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { EditorsLine } from "./editors-line";

const render = (createdAt: string, addedAt: string | null) =>
  renderToStaticMarkup(
    createElement(EditorsLine, { incidentId: 7, createdAt, createdBy: "Sana", addedAt, lastEditedBy: null, lastEditedAt: null, lastImport: null }),
  ).replace(/<[^>]+>/g, "");

describe("EditorsLine", () => {
  it("names the creator and the moment for a record made here", () => {
    expect(render("2024-03-17T09:30:00.000Z", "2024-03-17T09:30:00.400Z")).toBe("Created by Sana on 17 Mar 2024, 09:30 UTC · History");
  });

  it("tells a creation time kept from an imported file apart from when the record was added here", () => {
    expect(render("2024-03-17T09:30:00.000Z", "2026-12-06T14:40:00.000Z")).toBe(
      "Created on 17 Mar 2024, 09:30 UTC (kept from the file it was loaded from), added here by Sana on 6 Dec 2026, 14:40 UTC · History",
    );
  });

  it("keeps the plain line for a record older than its history", () => {
    expect(render("2024-03-17T09:30:00.000Z", null)).toBe("Created by Sana on 17 Mar 2024, 09:30 UTC · History");
  });
});
