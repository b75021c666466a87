import { describe, expect, it } from "vitest";
import { IncidentRecordSchema } from "@/lib/incidents/record/record-schema";
import type { IncidentRecord } from "@/lib/incidents/record/record";
import { parseCsv } from "@/lib/csv/parse-csv";
import { ACLED_COLUMNS } from "@/lib/acled/columns";
import { exportWriter, incidentFeature } from "./formats";
import { CSV_COLUMNS } from "@/lib/csv/csv-columns";
import { exportHref } from "./export-href";

const record = (overrides: Partial<IncidentRecord> = {}): IncidentRecord => ({
  id: 7,
  externalId: "PAK12345",
  title: "Suicide attack on a checkpost, Mir Ali",
  summary: 'Militants, in "two" waves,\nattacked.\n\nACLED source: Dawn; The News\nACLED source scale: National',
  status: "published",
  eventDate: "2024-03-16",
  endDate: null,
  datePrecision: "day",
  countryIso3: "PAK",
  countryName: "Pakistan",
  provinceIso: "PK-KP",
  province: "Khyber Pakhtunkhwa",
  district: "North Waziristan",
  location: "Mir Ali",
  latitude: 32.97,
  longitude: 70.27,
  geoPrecision: "town",
  eventType: "Explosions/Remote violence",
  subEventType: "Suicide bomb",
  attackType: "Bombing/Explosion",
  targetType: "Military",
  target: null,
  weaponType: "Explosives",
  weaponSubtype: "Vehicle",
  suicide: true,
  killed: { total: 7, securityForces: 7, civilians: null, militants: null, unknown: null, low: null, high: null },
  injured: { total: null, securityForces: null, civilians: null, militants: null, unknown: null },
  version: 1,
  createdAt: "2024-03-17T10:00:00.000Z",
  updatedAt: "2024-03-18T10:00:00.000Z",
  sources: [
    {
      id: 1,
      url: "https://www.dawn.com/news/1",
      datasetRecord: null,
      outlet: "Dawn",
      headline: null,
      publishedAt: "2024-03-16",
      language: "en",
      archivedCopy: null,
      notes: null,
      quote: null,
      report: { originator: null, figures: {}, facts: {} },
    },
  ],
  actors: [
    { id: 3, name: "Jaish-e-Fursan-e-Muhammad", kind: "armed_group", role: "perpetrator", certainty: "claimed" },
    { id: 4, name: "Pakistan Army", kind: "state_force", role: "target", certainty: "confirmed" },
  ],
  claims: [],
  coding: {},
  sourceCount: 1,
  figuresDisputed: false,
  ...overrides,
});

describe("record schema", () => {
  it("describes what toIncidentRecord returns", () => {
    expect(IncidentRecordSchema.safeParse(record()).success).toBe(true);
  });
});

describe("GeoJSON", () => {
  it("is an RFC 7946 FeatureCollection of Points at [longitude, latitude]", () => {
    const w = exportWriter("geojson");
    const text = w.head + [record(), record({ id: 8, latitude: null, longitude: null })].map(w.item).join("") + w.tail;
    const fc = JSON.parse(text);
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features).toHaveLength(2);
    expect(fc.features[0]).toMatchObject({ type: "Feature", id: 7, geometry: { type: "Point", coordinates: [70.27, 32.97] } });
    expect(fc.features[0].properties).not.toHaveProperty("latitude");
    expect(fc.features[0].properties.killed.total).toBe(7);
    expect(fc.features[1].geometry).toBeNull();
    for (const f of fc.features) {
      if (!f.geometry) continue;
      const [lng, lat] = f.geometry.coordinates;
      expect(Math.abs(lng)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
  });

  it("keeps every property of the record, and the casualty counts again as plain properties for GIS tools", () => {
    const { latitude, longitude, ...rest } = record();
    const feature = incidentFeature(record());
    expect(feature.properties).toMatchObject(rest);
    expect(feature.geometry?.coordinates).toEqual([longitude, latitude]);
    const flat = Object.keys(feature.properties).filter((k) => !(k in rest));
    expect(flat).toEqual(
      expect.arrayContaining(["killed_total", "killed_security_forces", "killed_civilians", "killed_militants", "injured_total", "injured_civilians"]),
    );
    expect(flat.every((k) => /^((killed|injured)_[a-z_]+|source_count|figures_disputed)$/.test(k))).toBe(true);
    const properties = feature.properties as Record<string, unknown>;
    expect(properties.killed_total).toBe(rest.killed.total);
    expect(properties.killed_security_forces).toBe(rest.killed.securityForces);
    expect(properties.injured_total).toBe(rest.injured.total);
    expect([properties.killed_low, properties.killed_high, properties.source_count, properties.figures_disputed]).toEqual([
      rest.killed.low,
      rest.killed.high,
      1,
      false,
    ]);
  });
});

describe("CSV", () => {
  it("starts with ACLED's columns in ACLED's order, then Atlas's", () => {
    expect(CSV_COLUMNS.slice(0, ACLED_COLUMNS.length)).toEqual([...ACLED_COLUMNS]);
    expect(new Set(CSV_COLUMNS).size).toBe(CSV_COLUMNS.length);
  });

  it("writes ACLED's values and quotes what needs it", () => {
    const w = exportWriter("csv");
    const [header, row] = [...parseCsv(w.head + w.item(record(), 0))].map((r) => r.fields);
    const get = (c: string) => row![header!.indexOf(c)];
    expect(get("event_id_cnty")).toBe("PAK12345");
    expect(get("year")).toBe("2024");
    expect(get("time_precision")).toBe("1");
    expect(get("disorder_type")).toBe("Political violence");
    expect(get("actor1")).toBe("Jaish-e-Fursan-e-Muhammad");
    expect(get("inter1")).toBe("2");
    expect(get("inter2")).toBe("1");
    expect(get("interaction")).toBe("12");
    expect(get("iso")).toBe("586");
    expect(get("region")).toBe("South Asia");
    expect(get("admin1")).toBe("Khyber Pakhtunkhwa");
    expect(get("source")).toBe("Dawn");
    expect(get("source_scale")).toBe("National");
    expect(get("notes")).toBe(record().summary);
    expect(get("fatalities")).toBe("7");
    expect(get("timestamp")).toBe(String(Date.parse("2024-03-18T10:00:00.000Z") / 1000));
    expect(get("killed_security_forces")).toBe("7");
    expect(get("injured_total")).toBe("");
    expect(get("source_urls")).toBe("https://www.dawn.com/news/1");
    expect(JSON.parse(get("actors_json")!)).toHaveLength(2);
  });

  it("can start with a byte order mark for Excel", () => {
    expect(exportWriter("csv", { bom: true }).head.startsWith("\uFEFFevent_id_cnty,")).toBe(true);
    expect(exportWriter("csv").head.startsWith("event_id_cnty,")).toBe(true);
  });

  it("names the outlets ACLED listed when the record has no source yet", () => {
    const w = exportWriter("csv");
    const [header, row] = [...parseCsv(w.head + w.item(record({ sources: [] }), 0))].map((r) => r.fields);
    expect(row![header!.indexOf("source")]).toBe("Dawn; The News");
  });
});

describe("exportHref", () => {
  it("keeps the filter and drops paging and sorting", () => {
    const params = new URLSearchParams("province=PK-KP&province=PK-BA&q=Mir Ali&page=3&sort=killed");
    expect(exportHref("csv", params)).toBe("/api/export.csv?province=PK-KP&province=PK-BA&q=Mir+Ali");
    expect(exportHref("geojson", new URLSearchParams())).toBe("/api/export.geojson");
    expect(exportHref("csv", new URLSearchParams("from=2024-01-01"), { bom: true })).toBe("/api/export.csv?from=2024-01-01&bom=1");
  });
});
