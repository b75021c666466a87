import { describe, expect, it } from "vitest";
import { parseIncidentFilter } from "@/lib/incidents/filter/filter";
import { fieldsFromFilter, fieldsToChanges, followUrl, toggleEventType, type FilterFields } from "./filter-state";

const empty: FilterFields = {
  q: "",
  province: [],
  country: [],
  from: "",
  to: "",
  eventType: [],
  subEventType: "",
  actor: "",
  disputed: "",
  minKilled: "",
  status: "",
};

describe("followUrl", () => {
  it("takes every value from the URL when nothing was edited", () => {
    const shown = { ...empty, from: "2024-01-01" };
    const incoming = { ...empty, province: ["PK-BA"], from: "2024-02-01", eventType: ["Battles", "Riots"] };
    expect(followUrl(shown, { ...shown }, incoming)).toEqual(incoming);
  });

  it("keeps a typed value not yet applied when another navigation lands", () => {
    const shown = { ...empty, province: ["PK-BA"] };
    const current = { ...shown, from: "2024-01-01", q: "checkpost" };
    const incoming = { ...empty, province: ["PK-BA"], eventType: ["Explosions/Remote violence"] };
    expect(followUrl(shown, current, incoming)).toEqual({ ...incoming, from: "2024-01-01", q: "checkpost" });
  });

  it("lets the URL win for choices, which apply at once", () => {
    const shown = { ...empty, province: ["PK-BA"] };
    const current = { ...shown, province: ["PK-BA", "PK-KP"] };
    expect(followUrl(shown, current, { ...empty, status: "verified" }).province).toEqual([]);
  });

  it("follows a cleared URL for a typed field that was applied", () => {
    const shown = { ...empty, from: "2024-01-01", province: ["PK-BA"] };
    expect(followUrl(shown, { ...shown }, { ...empty, province: ["PK-BA"] }).from).toBe("");
  });

  it("resets typed values too when the URL carries no filter at all (Clear all)", () => {
    const shown = { ...empty, province: ["PK-BA"] };
    expect(followUrl(shown, { ...shown, from: "2024-01-01" }, empty)).toEqual(empty);
  });
});

describe("several event types", () => {
  it("are read from the URL, every one, and written back as a list", () => {
    const parsed = parseIncidentFilter(new URLSearchParams("eventType=Battles&eventType=Riots"));
    if (!parsed.success) throw new Error(parsed.error.message);
    const fields = fieldsFromFilter(parsed.data);
    expect(fields.eventType).toEqual(["Battles", "Riots"]);
    expect(fieldsToChanges(fields).eventType).toEqual(["Battles", "Riots"]);
  });

  it("are chosen and unchosen one at a time", () => {
    const one = toggleEventType(empty, "Battles");
    expect(one.eventType).toEqual(["Battles"]);
    const two = toggleEventType(one, "Riots");
    expect(two.eventType).toEqual(["Battles", "Riots"]);
    expect(toggleEventType(two, "Battles").eventType).toEqual(["Riots"]);
  });

  it("keep a chosen sub-type while a chosen type has it, and drop it when none does", () => {
    const clash = { ...empty, eventType: ["Battles"], subEventType: "Armed clash" };
    expect(toggleEventType(clash, "Riots").subEventType).toBe("Armed clash");
    expect(toggleEventType(toggleEventType(clash, "Riots"), "Battles")).toEqual({ ...empty, eventType: ["Riots"] });
    // No type left: every sub-type is offered again, so the choice stands.
    expect(toggleEventType(clash, "Battles")).toEqual({ ...empty, subEventType: "Armed clash" });
  });
});
