import { describe, expect, it } from "vitest";
import { weaponSubtypesOf } from "./weapon-types";
import { disorderTypeOf, isValidSubType, subTypesOf } from "./event-types";
import { datePrecisionFromAcled, datePrecisionToAcled, geoPrecisionFromAcled, geoPrecisionToAcled } from "@/lib/acled/precision";
import { acledCountryOf } from "@/lib/acled/country";
import { parseNumber } from "@/lib/extract/number-words";

// A form post or an imported row can hold any string; the names every object inherits are not entries.
// ("toString" as a weapon type once made the incident form's page a 500: see e2e/fuzz-actions.spec.ts.)
const INHERITED = ["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"];

describe.each(INHERITED)("the lookups by name treat %j as unknown", (name) => {
  it("taxonomies", () => {
    expect(weaponSubtypesOf(name)).toEqual([]);
    expect(subTypesOf(name)).toEqual([]);
    expect(isValidSubType(name, "")).toBe(false);
    expect(disorderTypeOf(name)).toBeNull();
  });
  it("ACLED codes", () => {
    expect(datePrecisionFromAcled(name)).toBeNull();
    expect(datePrecisionToAcled(name)).toBeNull();
    expect(geoPrecisionFromAcled(name)).toBeNull();
    expect(geoPrecisionToAcled(name)).toBeNull();
    expect(acledCountryOf(name)).toBeNull();
  });
  it("number words", () => {
    expect(parseNumber(name)).toBeNull();
    expect(parseNumber(`twenty-${name}`)).toBeNull();
  });
});

it("known names are still found", () => {
  expect(weaponSubtypesOf("Explosives").length).toBeGreaterThan(0);
  expect(subTypesOf("Battles").length).toBeGreaterThan(0);
  expect(geoPrecisionFromAcled("1")).toBe("town");
  expect(acledCountryOf("PAK")).not.toBeNull();
  expect(parseNumber("twenty-one")).toBe(21);
});
