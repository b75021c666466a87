import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";
import { ExtractInputSchema } from "./schema";
import { reviewClaimsFromProposals, reviewFieldsFromProposals } from "./review-fields";
import { articleFormValues } from "./article-form-values";
import { MAX_REVIEW_CLAIMS, ReviewFormSchema, reviewClaimName, reviewFormInput, reviewUseName, reviewValueName } from "./review-form";

const seed = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/articles/arabnews-mir-ali-seed-2024-03-17.json"), "utf8")) as {
  text: string;
  url: string;
};
const typed = { text: seed.text, url: seed.url, publishedAt: "2024-03-17" };
const article = ExtractInputSchema.parse(typed);
const fields = reviewFieldsFromProposals(extractArticle(article));
const claims = reviewClaimsFromProposals(extractArticle(article));

/** The review step's form as the browser posts it: a checkbox is sent only when ticked. */
function posted(edit: (fd: FormData) => void = () => {}) {
  const fd = new FormData();
  for (const f of fields) {
    fd.set(reviewValueName(f.name), f.value);
    if (f.use) fd.set(reviewUseName(f.name), "on");
  }
  claims.forEach((c, i) => {
    fd.set(reviewClaimName(i, "kind"), c.kind);
    fd.set(reviewClaimName(i, "claimant"), c.claimant);
    fd.set(reviewClaimName(i, "subject"), c.subject);
    fd.set(reviewClaimName(i, "evidence"), c.evidence);
    fd.set(reviewClaimName(i, "use"), "on");
  });
  edit(fd);
  return ReviewFormSchema.safeParse(reviewFormInput(fd, typed));
}

describe("the review form posted without JavaScript", () => {
  it("gives the same incident form values as the review kept in the page", () => {
    const result = posted();
    expect(result.success).toBe(true);
    const { fields: f, claims: c } = result.data!;
    expect(articleFormValues(article, f, c)).toEqual(articleFormValues(article, fields, claims));
  });

  it("keeps a cleared value and a cleared claim out, and an edited value in", () => {
    const result = posted((fd) => {
      fd.delete(reviewUseName("killed.total"));
      fd.set(reviewValueName("location"), "Mir Ali bazaar");
      fd.delete(reviewClaimName(1, "use"));
    });
    const values = articleFormValues(article, result.data!.fields, result.data!.claims);
    expect(values["killed.total"] ?? "").toBe("");
    expect(articleFormValues(article, fields, claims)["killed.total"]).not.toBe("");
    expect(values.location).toBe("Mir Ali bazaar");
    expect(values["claims.1.kind"]).toBeUndefined();
  });

  it("ignores fields no proposal fills", () => {
    const result = posted((fd) => fd.set(reviewValueName("title"), "smuggled"));
    expect(result.data!.fields.map((f) => f.name)).not.toContain("title");
  });

  it.each([
    ["an unknown claim kind", (fd: FormData) => fd.set(reviewClaimName(0, "kind"), "rumour")],
    ["a value past the limit", (fd: FormData) => fd.set(reviewValueName("location"), "x".repeat(10_000))],
    [
      "too many claims",
      (fd: FormData) => {
        for (let i = 0; i <= MAX_REVIEW_CLAIMS; i++) fd.set(reviewClaimName(i, "kind"), "origin");
      },
    ],
  ])("refuses %s", (_name, edit) => {
    expect(posted(edit).success).toBe(false);
  });

  it("refuses an article the extractor would refuse", () => {
    expect(ReviewFormSchema.safeParse(reviewFormInput(new FormData(), { ...typed, text: " " })).success).toBe(false);
  });
});
