import { describe, expect, it } from "vitest";
import { ATTRIBUTION_PATTERNS, DENIAL, ORIGIN_PATTERNS, REPORTS_DENIAL, countryOf } from "./claim-patterns";

const first = (patterns: readonly RegExp[], text: string) => patterns.map((re) => re.exec(text)?.[1]).find((x) => x) ?? null;

describe("claim patterns", () => {
  it.each([
    ["terrorism is mostly being conducted from Afghanistan", "Afghanistan"],
    ["the Hafiz Gul Bahadur group, which operates from Afghanistan", "Afghanistan"],
    ["in contact with their masterminds in Afghanistan via satellite phone", "Afghanistan"],
    ["militants use Afghan soil to attack Pakistan", "Afghan"],
    ["expected the interim Afghan government to deny the use of its soil to terrorists", "Afghan"],
  ])("reads an origin in %j", (text, country) => {
    expect(first(ORIGIN_PATTERNS, text)).toBe(country);
  });

  it("does not read an origin in a plain report", () => {
    expect(first(ORIGIN_PATTERNS, "Seven soldiers were killed in North Waziristan, bordering Afghanistan.")).toBeNull();
  });

  it("reads state sponsorship as attribution", () => {
    expect(first(ATTRIBUTION_PATTERNS, "rammed by the Indian-sponsored Kharjis")).toBe("India");
    expect(first(ATTRIBUTION_PATTERNS, "planned and orchestrated by India")).toBe("India");
  });

  it("finds who denies, in either word order", () => {
    expect(DENIAL.exec("Kabul denies such allegations")?.[1]).toBe("Kabul");
    expect(DENIAL.exec("backing the Pakistani Taliban, a charge Kabul denies.")?.[2]).toBe("Kabul");
    expect(REPORTS_DENIAL.test("expects Kabul to deny the use of its soil")).toBe(false);
  });

  it("folds the words for a country to its name", () => {
    expect(["Kabul", "Afghan", "the Taliban", "Indian", "New Delhi", "Iranian", "Islamabad"].map(countryOf)).toEqual([
      "Afghanistan",
      "Afghanistan",
      "Afghanistan",
      "India",
      "India",
      "Iran",
      "Pakistan",
    ]);
  });
});
