import { describe, expect, it } from "vitest";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { IncidentActorInputSchema, type IncidentActorInput } from "./schema";

const actor: IncidentActorInput = { name: "Tehrik-i-Taliban Pakistan", role: "perpetrator", certainty: "claimed" };
const errorsOf = (input: IncidentActorInput) => {
  const r = IncidentActorInputSchema.safeParse(input);
  return r.success ? {} : toFieldErrors(r.error);
};

describe("IncidentActorInputSchema", () => {
  it("accepts an actor, an armed group unless told otherwise", () => {
    expect(IncidentActorInputSchema.parse(actor).kind).toBe("armed_group");
    expect(IncidentActorInputSchema.parse({ ...actor, kind: "state_force", role: "target", certainty: "confirmed" }).kind).toBe("state_force");
  });

  it("needs a name, a role and a certainty from the lists", () => {
    expect(errorsOf({ ...actor, name: " " }).name).toEqual(["Enter actor name"]);
    expect(errorsOf({ ...actor, name: "x".repeat(201) }).name).toEqual(["Actor name must be at most 200 characters"]);
    expect(errorsOf({ ...actor, role: "victim" as "target" }).role).toEqual(["Choose perpetrator or target"]);
    expect(errorsOf({ ...actor, certainty: "maybe" as "alleged" }).certainty).toEqual(["Choose how certain this is"]);
    expect(errorsOf({ ...actor, kind: "militia" as "other" }).kind).toEqual(["Choose the kind of actor"]);
  });
});
