import { describe, expect, it } from "vitest";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { buildClaim } from "@/prisma/factories";
import { ClaimInputSchema, type ClaimInput } from "./schema";

const errorsOf = (input: ClaimInput) => {
  const r = ClaimInputSchema.safeParse(input);
  return r.success ? {} : toFieldErrors(r.error);
};

describe("ClaimInputSchema", () => {
  it("accepts an origin claim and a denial without a date or role", () => {
    expect(errorsOf(buildClaim())).toEqual({});
    expect(ClaimInputSchema.parse(buildClaim({ kind: "denial", claimantRole: "", madeOn: "" }))).toMatchObject({
      claimantRole: null,
      madeOn: null,
    });
  });

  it("needs a known kind, a claimant, a subject, a statement and a source", () => {
    expect(errorsOf({ ...buildClaim(), kind: "" as "origin" }).kind).toEqual(["Choose the kind of claim"]);
    expect(errorsOf(buildClaim({ claimantName: "" })).claimantName).toEqual(["Enter claimant"]);
    expect(errorsOf(buildClaim({ subject: " " })).subject).toEqual(["Enter subject"]);
    expect(errorsOf(buildClaim({ statement: "" })).statement).toEqual(["Enter statement"]);
    expect(errorsOf(buildClaim({ sourceUrl: "" })).sourceUrl).toEqual(["Choose the source that reports this claim"]);
  });

  it("bounds the statement and rejects impossible dates", () => {
    expect(errorsOf(buildClaim({ statement: "x".repeat(1001) })).statement).toEqual(["Statement must be at most 1000 characters"]);
    expect(errorsOf(buildClaim({ madeOn: "2024-02-30" })).madeOn).toEqual(["Enter a real date as YYYY-MM-DD"]);
  });
});
