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

  it("reads the source of a claim as GET /api/incidents/:id answers it, so the answer can be sent back", () => {
    const { sourceUrl, ...asRead } = buildClaim();
    const read = { ...asRead, id: 7, source: { id: 3, url: sourceUrl, outlet: "Dawn" } };
    expect(ClaimInputSchema.parse(read)).toEqual(ClaimInputSchema.parse(buildClaim()));
    expect(ClaimInputSchema.parse({ ...read, sourceUrl: "https://other.example.org/a" }).sourceUrl).toBe("https://other.example.org/a");
  });

  it("still needs a source when neither the URL nor the source is given", () => {
    const noSource: ClaimInput = { ...buildClaim(), sourceUrl: undefined };
    expect(errorsOf(noSource).sourceUrl).toEqual(["Choose the source that reports this claim"]);
    expect(errorsOf({ ...noSource, source: null }).sourceUrl).toEqual(["Choose the source that reports this claim"]);
    expect(errorsOf({ ...noSource, source: { url: " " } }).sourceUrl).toEqual(["Choose the source that reports this claim"]);
  });
});
