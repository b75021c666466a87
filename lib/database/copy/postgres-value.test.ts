import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ModelColumn } from "./model-tables";
import { toPostgresValue } from "./postgres-value";

const of = (type: ModelColumn["type"]) => ({ name: "x", type });

describe("toPostgresValue", () => {
  // A zone east of UTC: a date read as local time would come out five hours early.
  const zone = process.env.TZ;
  beforeAll(() => void (process.env.TZ = "Asia/Karachi"));
  afterAll(() => void (zone === undefined ? delete process.env.TZ : (process.env.TZ = zone)));

  it.each([
    ["2024-03-16T00:00:00.000+00:00", "2024-03-16T00:00:00.000Z"],
    // Another offset is applied, not dropped as PostgreSQL's timestamp would.
    ["2024-03-16T05:30:00.000+05:30", "2024-03-16T00:00:00.000Z"],
    ["2024-03-16T08:30:00.123Z", "2024-03-16T08:30:00.123Z"],
    // CURRENT_TIMESTAMP's form and a bare day are UTC, whatever the machine's zone.
    ["2024-03-16 08:30:00", "2024-03-16T08:30:00.000Z"],
    ["2024-03-16", "2024-03-16T00:00:00.000Z"],
    [1710547200000, "2024-03-16T00:00:00.000Z"],
    [1710547200000n, "2024-03-16T00:00:00.000Z"],
  ])("reads the DateTime %s as UTC", (stored, iso) => {
    expect(toPostgresValue(of("DateTime"), stored)).toBe(iso);
  });

  it.each([["yesterday"], ["2024-13-45"], [true]])("refuses %j as a DateTime", (stored) => {
    expect(() => toPostgresValue(of("DateTime"), stored)).toThrow(/^not a date: /);
  });

  it("reads booleans stored as 0 and 1, and nothing else", () => {
    expect([0, 1, 0n, 1n].map((v) => toPostgresValue(of("Boolean"), v))).toEqual([false, true, false, true]);
    expect(() => toPostgresValue(of("Boolean"), 2)).toThrow('not a boolean (0 or 1): "2"');
    expect(() => toPostgresValue(of("Boolean"), "true")).toThrow("not a boolean");
  });

  it("keeps numbers, big integers and decimals exact", () => {
    expect(toPostgresValue(of("Int"), 7)).toBe(7);
    expect(toPostgresValue(of("Int"), 7.9)).toBe(7);
    expect(toPostgresValue(of("Int"), 7n)).toBe(7);
    expect(() => toPostgresValue(of("Int"), 2n ** 60n)).toThrow("not an integer");
    expect(() => toPostgresValue(of("Int"), "7")).toThrow("not an integer");
    expect(toPostgresValue(of("BigInt"), 2n ** 60n)).toBe("1152921504606846976");
    expect(toPostgresValue(of("Decimal"), 1.25)).toBe("1.25");
    expect(toPostgresValue(of("Float"), 34.0151)).toBe(34.0151);
    expect(() => toPostgresValue(of("Float"), "north")).toThrow("not a number");
  });

  it("passes text, JSON text, enums and bytes through, and null as null", () => {
    expect(toPostgresValue(of("String"), "ایک, Zoë")).toBe("ایک, Zoë");
    expect(toPostgresValue(of("Json"), '{"a":[1]}')).toBe('{"a":[1]}');
    expect(toPostgresValue(of("Enum"), "in_review")).toBe("in_review");
    expect(toPostgresValue(of("Bytes"), Buffer.from([0, 255]))).toEqual(Buffer.from([0, 255]));
    for (const type of ["String", "DateTime", "Boolean", "Int", "Bytes"] as const) expect(toPostgresValue(of(type), null)).toBeNull();
  });
});
