import { describe, expect, it } from "vitest";
import { CASUALTY_FIELDS } from "@/lib/incidents/fields/casualty-fields";
import { REPORTED_FIELDS } from "./reported-fields";

describe("REPORTED_FIELDS", () => {
  it("are casualty fields of the incident, with the field table's labels", () => {
    for (const f of REPORTED_FIELDS) expect(CASUALTY_FIELDS.find((c) => c.path === f.path)?.label).toBe(f.label);
  });
});
