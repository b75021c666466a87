import { describe, expect, it } from "vitest";
import { availableSteps, checkStep, mayReadStatus, REVIEW_STEPS, type ReviewStep } from "./transitions";
import { STATUS_NAMES, type Status } from "@/lib/taxonomy/statuses";
import type { Role } from "@/lib/auth/roles";

const base = { role: "analyst" as Role, isSubmitter: false, singleAnalystPublishing: false };

describe("review transitions", () => {
  it.each([
    ["submit", "draft", "in_review"],
    ["submit", "rejected", "in_review"],
    ["publish", "in_review", "published"],
    ["send_back", "in_review", "draft"],
    ["reject", "in_review", "rejected"],
  ] as const)("%s moves %s to %s", (step, from, to) => {
    expect(checkStep({ ...base, step, from })).toEqual({ ok: true, to });
  });

  it.each([
    ["submit", "in_review"],
    ["submit", "published"],
    ["publish", "published"],
    ["publish", "rejected"],
    ["send_back", "draft"],
    ["send_back", "published"],
    ["reject", "draft"],
    ["reject", "published"],
  ] as const)("refuses %s from %s", (step, from) => {
    const check = checkStep({ ...base, step, from, singleAnalystPublishing: true });
    expect(check.ok).toBe(false);
  });

  it.each([null, undefined, "viewer"] as const)("gives %s no step at all", (role) => {
    for (const step of REVIEW_STEPS) for (const from of STATUS_NAMES) expect(checkStep({ ...base, role, step, from }).ok).toBe(false);
  });

  it.each(["publish", "send_back", "reject"] as const)("keeps %s for a second person: the submitter may not", (step: ReviewStep) => {
    const check = checkStep({ ...base, step, from: "in_review", isSubmitter: true });
    expect(check).toEqual({ ok: false, reason: "Another analyst or an admin reviews what you submitted." });
    expect(checkStep({ ...base, role: "admin", step, from: "in_review", isSubmitter: true }).ok).toBe(false);
  });

  it("lets another analyst or an admin decide", () => {
    expect(checkStep({ ...base, step: "publish", from: "in_review" }).ok).toBe(true);
    expect(checkStep({ ...base, role: "admin", step: "publish", from: "in_review" }).ok).toBe(true);
  });

  it("with single-analyst publishing, lets the submitter publish, also straight from a draft", () => {
    const alone = { ...base, isSubmitter: true, singleAnalystPublishing: true };
    expect(checkStep({ ...alone, step: "publish", from: "in_review" })).toEqual({ ok: true, to: "published" });
    expect(checkStep({ ...alone, step: "publish", from: "draft" })).toEqual({ ok: true, to: "published" });
  });

  it("without it, a draft is submitted first, whoever asks", () => {
    expect(checkStep({ ...base, step: "publish", from: "draft" }).ok).toBe(false);
    expect(checkStep({ ...base, role: "admin", step: "publish", from: "draft" }).ok).toBe(false);
  });

  it("offers the steps a page shows as buttons", () => {
    expect(availableSteps({ ...base, from: "draft" })).toEqual(["submit"]);
    expect(availableSteps({ ...base, from: "in_review" })).toEqual(["publish", "send_back", "reject"]);
    expect(availableSteps({ ...base, from: "in_review", isSubmitter: true })).toEqual([]);
    expect(availableSteps({ ...base, from: "published" })).toEqual([]);
    expect(availableSteps({ ...base, from: "draft", isSubmitter: true, singleAnalystPublishing: true })).toEqual(["submit", "publish"]);
  });

  it.each([
    ["published", null, true],
    ["published", "viewer", true],
    ...(["draft", "in_review", "rejected"] as Status[]).flatMap((s) => [
      [s, null, false],
      [s, "viewer", false],
      [s, "analyst", true],
      [s, "admin", true],
    ]),
  ] as [Status, Role | null, boolean][])("lets a reader see a %s record as %s: %s", (status, role, expected) => {
    expect(mayReadStatus(status, role)).toBe(expected);
  });
});
