import { describe, expect, it } from "vitest";
import { LinkInputSchema, readIncidentNumber } from "./link-schema";
import { toFieldErrors } from "@/lib/validation/field-errors";

describe("readIncidentNumber", () => {
  it.each([
    ["12", 12],
    ["#12", 12],
    [" # 12 ", 12],
    ["#12 · Suicide truck-bomb and gun attack (2024-03-16)", 12],
    ["http://localhost:3000/incidents/12", 12],
    ["/incidents/12/", 12],
    ["/incidents/12?why=killed.total", 12],
  ])("reads %s as %i", (text, id) => expect(readIncidentNumber(text)).toBe(id));

  it.each(["", "twelve", "12abc", "2024-03-16 strike", "#0", "-3", "99999999999999999999", "/incidents/new"])("reads no number in %s", (text) =>
    expect(readIncidentNumber(text)).toBeNull(),
  );
});

describe("LinkInputSchema", () => {
  const parse = (input: Record<string, unknown>) => LinkInputSchema.safeParse({ incidentId: "5", choice: "response_to", other: "#12", ...input });

  it("turns a choice into the relation and the direction seen from this incident", () => {
    expect(parse({}).data).toEqual({ incidentId: 5, otherId: 12, relation: "response_to", direction: "outgoing", note: null });
    expect(parse({ choice: "responded_by" }).data).toMatchObject({ relation: "response_to", direction: "incoming" });
    expect(parse({ choice: "has_part" }).data).toMatchObject({ relation: "part_of", direction: "incoming" });
    expect(parse({ choice: "same_event", note: "  kept for its sources " }).data).toMatchObject({
      relation: "same_event",
      direction: "mutual",
      note: "kept for its sources",
    });
  });

  it("refuses a link to itself on the other field", () => {
    const result = parse({ other: "5" });
    expect(result.success).toBe(false);
    expect(toFieldErrors(result.error!).other?.[0]).toMatch(/cannot be linked to itself/);
  });

  it("says what to enter when the other incident is missing or not a number", () => {
    for (const other of ["", "the Mir Ali attack", undefined]) {
      const result = parse({ other });
      expect(result.success).toBe(false);
      expect(toFieldErrors(result.error!).other?.[0]).toMatch(/other incident's number/);
    }
  });

  it("refuses an unknown relation and an overlong note by their fields", () => {
    const errors = toFieldErrors(parse({ choice: "caused", note: "x".repeat(1_001) }).error!);
    expect(Object.keys(errors).sort()).toEqual(["choice", "note"]);
  });
});
