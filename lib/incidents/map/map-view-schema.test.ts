import { describe, expect, it } from "vitest";
import { MAX_VIEW_CELLS, parseMapViewQuery, REGION_VIEW, mapViewPath } from "./map-view-schema";

const parse = (query: string) => parseMapViewQuery(new URLSearchParams(query));
const messages = (query: string) => {
  const result = parse(query);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("the map view's bbox and zoom", () => {
  it("reads a view, and without one gives the whole region at zoom 5", () => {
    expect(parse("bbox=69.5,33.5,72.25,35&zoom=9")).toMatchObject({ success: true, data: { bbox: [69.5, 33.5, 72.25, 35], zoom: 9 } });
    expect(parse("bbox=-10.123456,-5,10,5.5&zoom=0").data).toEqual({ bbox: [-10.123456, -5, 10, 5.5], zoom: 0 });
    expect(parse("province=PK-KP").data).toEqual(REGION_VIEW);
    expect(REGION_VIEW.zoom).toBe(5);
  });

  it("refuses a malformed bbox with a message that says what it must be", () => {
    for (const bbox of ["1,2,3", "1,2,3,4,5", "a,b,c,d", "1,2,3,4x", "1e2,2,3,4", "", ",,,", "1,2,3,Infinity", "0x10,1,2,3"]) {
      expect(messages(`bbox=${bbox}&zoom=5`), bbox).toEqual(["bbox: bbox must be four numbers: west,south,east,north (degrees)"]);
    }
    expect(messages("bbox=75,30,70,35&zoom=5")).toEqual(["bbox: bbox must have west < east and south < north"]);
    expect(messages("bbox=70,35,75,35&zoom=5")).toEqual(["bbox: bbox must have west < east and south < north"]);
    expect(messages("bbox=-181,30,70,35&zoom=5")).toEqual(["bbox: bbox must lie within longitudes -180..180 and latitudes ±85.05"]);
    expect(messages("bbox=60,30,70,89&zoom=5")).toEqual(["bbox: bbox must lie within longitudes -180..180 and latitudes ±85.05"]);
    expect(messages(`bbox=${"1".repeat(120)}&zoom=5`)).toContain("bbox: bbox is too long");
  });

  it("refuses a bad zoom, and one of bbox and zoom without the other", () => {
    expect(messages("bbox=60,30,70,35&zoom=19")).toEqual(["zoom: zoom must be at most 18"]);
    for (const zoom of ["-1", "5.5", "five", "", "100"]) expect(messages(`bbox=60,30,70,35&zoom=${zoom}`).length, zoom).toBeGreaterThan(0);
    expect(messages("bbox=60,30,70,35")).toEqual(["zoom: bbox and zoom go together"]);
    expect(messages("zoom=5")).toEqual(["bbox: bbox and zoom go together"]);
  });

  it("refuses a bbox too large for its zoom: the answer would hold too many clusters", () => {
    // The whole region fits at zoom 6 (34 x 30 cells), not at zoom 8.
    expect(parse(`bbox=${REGION_VIEW.bbox.join(",")}&zoom=6`).success).toBe(true);
    expect(messages(`bbox=${REGION_VIEW.bbox.join(",")}&zoom=8`)).toEqual([
      `bbox: bbox is too large for zoom 8: 14,070 cells of 64 px, at most ${MAX_VIEW_CELLS.toLocaleString("en")} (zoom out or ask for a smaller area)`,
    ]);
    expect(parse("bbox=-180,-85,180,85&zoom=5").success).toBe(false);
    expect(parse("bbox=-180,-85,180,85&zoom=4").success).toBe(true);
  });

  it("writes the address the map fetches and the overview preloads, which reads back as the same view", () => {
    const path = mapViewPath("province=PK-KP", { bbox: [69.123456, 33.5, 72.25, 35], zoom: 9 });
    expect(path).toBe("/api/incidents/map?province=PK-KP&bbox=69.1235,33.5,72.25,35&zoom=9");
    expect(mapViewPath("", REGION_VIEW)).toBe("/api/incidents/map?bbox=45,15,92,46&zoom=5");
    expect(parse(path.split("?")[1]!).data).toEqual({ bbox: [69.1235, 33.5, 72.25, 35], zoom: 9 });
  });
});
