import { describe, expect, it } from "vitest";
import { choiceField, choicesFromFormData } from "./conflict-form";

describe("choicesFromFormData", () => {
  it("reads one choice per unit and ignores anything else", () => {
    const fd = new FormData();
    fd.set(choiceField("killed.securityForces"), "theirs");
    fd.set(choiceField("title"), "mine");
    fd.set(choiceField("sources"), "both");
    fd.set("title", "x");
    expect(choicesFromFormData(fd)).toEqual({ "killed.securityForces": "theirs", title: "mine" });
  });
});
