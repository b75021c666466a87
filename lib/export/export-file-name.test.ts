import { describe, expect, it } from "vitest";
import { IncidentFilterSchema } from "@/lib/incidents/filter/filter";
import { exportFileName } from "./export-file-name";

const filter = (raw: object) => IncidentFilterSchema.parse(raw);

describe("export file names", () => {
  it("say what the file holds and when it was taken", () => {
    expect(exportFileName(filter({}), "2026-12-05", "csv")).toBe("atlas-incidents-2026-12-05.csv");
    expect(exportFileName(filter({ from: "2024-03-01", to: "2024-03-31", province: ["PK-KP"] }), "2026-12-05", "csv")).toBe(
      "atlas-incidents-2024-03-01_2024-03-31-KP-2026-12-05.csv",
    );
    expect(exportFileName(filter({ province: ["PK-KP", "PK-BA"], eventType: ["Battles"] }), "2026-12-05", "geojson")).toBe(
      "atlas-incidents-KP+BA-filtered-2026-12-05.geojson",
    );
    expect(exportFileName(filter({ from: "2024-01-01", country: ["AFG"] }), "2026-12-05", "json")).toBe(
      "atlas-incidents-2024-01-01_2026-12-05-AFG-2026-12-05.json",
    );
  });

  it("give the Excel CSV a name of its own", () => {
    expect(exportFileName(filter({ q: "mir ali" }), "2026-12-05", "csv", true)).toBe("atlas-incidents-filtered-2026-12-05-excel.csv");
  });
});
