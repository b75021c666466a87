import { describe, expect, it } from "vitest";
import { formatMapView, parseMapView, parseShade, withMapState } from "./map-view-param";

describe("parseMapView", () => {
  it("reads zoom, latitude and longitude", () => {
    expect(parseMapView("7/33.52/70.91")).toEqual({ zoom: 7, lat: 33.52, lng: 70.91 });
    expect(parseMapView("12/34.0123/71.5789")).toEqual({ zoom: 12, lat: 34.0123, lng: 71.5789 });
  });

  it.each([null, undefined, "", "7/33.5", "7/33.5/70.9/1", "x/33/70", "7.5/33/70", "7/33,5/70,9", "3/33/70", "19/33/70", "7/60/70", "7/33/120", "7/-10/70"])(
    "refuses %s",
    (value) => {
      expect(parseMapView(value)).toBeNull();
    },
  );
});

describe("formatMapView", () => {
  it("writes fewer decimals at the region's zooms, more closer in", () => {
    expect(formatMapView({ zoom: 5, lat: 31.123456, lng: 68.876543 })).toBe("5/31.12/68.88");
    expect(formatMapView({ zoom: 8, lat: 31.123456, lng: 68.876543 })).toBe("8/31.123/68.877");
    expect(formatMapView({ zoom: 13, lat: 31.123456, lng: 68.876543 })).toBe("13/31.1235/68.8765");
  });

  it("writes what parseMapView reads", () => {
    const view = { zoom: 9, lat: 32.985, lng: 70.604 };
    expect(parseMapView(formatMapView(view))).toEqual(view);
  });
});

describe("parseShade", () => {
  it("is killed only when asked, incidents otherwise", () => {
    expect(parseShade("killed")).toBe("killed");
    expect(parseShade("count")).toBe("count");
    expect(parseShade("nonsense")).toBe("count");
    expect(parseShade(null)).toBe("count");
  });
});

describe("withMapState", () => {
  it("sets the view and shading beside the filter, keeping the filter as it is", () => {
    expect(withMapState("province=PK-KP&page=2", { zoom: 7, lat: 33.5, lng: 70.9 }, "killed")).toBe("province=PK-KP&page=2&map=7/33.500/70.900&shade=killed");
  });

  it("replaces an earlier view and drops the default shading", () => {
    expect(withMapState("map=5%2F31.00%2F68.00&shade=killed&q=bannu", { zoom: 6, lat: 32, lng: 69 }, "count")).toBe("map=6/32.00/69.00&q=bannu");
  });

  it("drops the view when there is none", () => {
    expect(withMapState("map=5%2F31.00%2F68.00", null, "count")).toBe("");
  });
});
