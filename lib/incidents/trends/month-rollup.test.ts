import { describe, expect, it } from "vitest";
import { IncidentFilterSchema } from "../filter/filter";
import { rollupMonths } from "./month-rollup";

const months = (raw: Record<string, unknown>) => rollupMonths(IncidentFilterSchema.parse(raw));

describe("rollupMonths", () => {
  it("answers filters on the rollup's columns, over every month without dates", () => {
    expect(months({})).toEqual({ first: undefined, last: undefined });
    expect(months({ province: ["PK-KP"], country: ["PAK"], eventType: ["Battles"], status: "all" })).toEqual({ first: undefined, last: undefined });
  });

  it("answers whole months only", () => {
    expect(months({ from: "2024-01-01", to: "2024-02-29" })).toEqual({ first: "2024-01", last: "2024-02" });
    expect(months({ from: "2024-03-01" })).toEqual({ first: "2024-03", last: undefined });
    expect(months({ from: "2024-01-02" })).toBeNull();
    expect(months({ to: "2024-02-28" })).toBeNull();
  });

  it("leaves conditions it does not hold to the incidents", () => {
    for (const raw of [{ subEventType: ["Armed clash"] }, { actor: ["TTP"] }, { minKilled: 0 }, { disputed: "true" }, { q: "Peshawar" }]) {
      expect(months(raw)).toBeNull();
    }
  });
});
