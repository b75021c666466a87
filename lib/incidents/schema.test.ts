import { describe, expect, it } from "vitest";
import { buildClaim, buildIncident, buildSource } from "@/prisma/factories";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { addDays, latestDayToday } from "@/lib/dates/iso-date";
import { IncidentInputSchema, type IncidentInput } from "./schema";

function errorsOf(input: IncidentInput) {
  const result = IncidentInputSchema.safeParse(input);
  return result.success ? {} : toFieldErrors(result.error);
}

describe("IncidentInputSchema", () => {
  it("accepts a complete incident and fills defaults", () => {
    const result = IncidentInputSchema.parse(buildIncident());
    expect(result.killed).toEqual({ total: 7, securityForces: 7, civilians: null, militants: null, unknown: null, low: null, high: null });
    expect(result.injured.total).toBeNull();
    expect(result.sources[0]!.language).toBe("en");
  });

  it("requires a title, a date and a country", () => {
    const errors = errorsOf({ ...buildIncident(), title: "  ", eventDate: "", countryIso3: "" as "PAK" });
    expect(errors.title).toEqual(["Enter title"]);
    expect(errors.eventDate).toBeDefined();
    expect(errors.countryIso3).toEqual(["Choose a country"]);
  });

  it("bounds text lengths", () => {
    expect(errorsOf({ ...buildIncident(), title: "x".repeat(201) }).title).toEqual(["Title must be at most 200 characters"]);
  });

  it("rejects a sub-type that does not belong to the event type", () => {
    const errors = errorsOf({ ...buildIncident(), eventType: "Battles", subEventType: "Suicide bomb" });
    expect(errors.subEventType).toEqual(['"Suicide bomb" is not a sub-type of Battles']);
  });

  it("accepts every valid sub-type pair", () => {
    expect(errorsOf({ ...buildIncident(), eventType: "Battles", subEventType: "Armed clash" })).toEqual({});
  });

  it("rejects an unknown event type", () => {
    expect(errorsOf({ ...buildIncident(), eventType: "Earthquake" as "Battles" }).eventType).toEqual(["Choose an event type"]);
  });

  it("rejects dates in the future and impossible dates", () => {
    const tomorrowEverywhere = addDays(latestDayToday(), 1);
    expect(errorsOf({ ...buildIncident(), eventDate: tomorrowEverywhere }).eventDate).toEqual(["The date cannot be in the future"]);
    expect(errorsOf({ ...buildIncident(), eventDate: "2024-02-30" }).eventDate).toEqual(["Enter a real date as YYYY-MM-DD"]);
    expect(errorsOf({ ...buildIncident(), eventDate: "16/03/2024" }).eventDate).toEqual(["Enter a real date as YYYY-MM-DD"]);
    expect(errorsOf({ ...buildIncident(), eventDate: "" }).eventDate).toEqual(["Enter the date"]);
    expect(errorsOf({ ...buildIncident(), eventDate: "  " }).eventDate).toEqual(["Enter the date"]);
  });

  it("rejects an end date before the start", () => {
    expect(errorsOf({ ...buildIncident(), endDate: "2024-03-15" }).endDate).toEqual(["The end date cannot be before the start date"]);
    expect(errorsOf({ ...buildIncident(), endDate: "2024-03-18" })).toEqual({});
  });

  it("keeps coordinates in range and together", () => {
    expect(errorsOf({ ...buildIncident(), latitude: 91 }).latitude).toEqual(["Latitude must be between -90 and 90"]);
    expect(errorsOf({ ...buildIncident(), longitude: -181 }).longitude).toEqual(["Longitude must be between -180 and 180"]);
    expect(errorsOf({ ...buildIncident(), longitude: null }).longitude).toEqual(["Give both latitude and longitude, or neither"]);
    expect(errorsOf({ ...buildIncident(), latitude: null, longitude: null })).toEqual({});
  });

  it("accepts only provinces of the chosen country, by name, former name or code", () => {
    expect(errorsOf({ ...buildIncident(), province: "Khost" }).province).toEqual(["Khost is not a province of Pakistan"]);
    expect(errorsOf({ ...buildIncident(), province: "FATA" })).toEqual({});
    expect(errorsOf({ ...buildIncident(), province: "PK-KP" })).toEqual({});
  });

  it("takes counts as non-negative whole numbers, null meaning not reported", () => {
    const killed = (v: number) => ({ total: null, securityForces: v });
    expect(errorsOf({ ...buildIncident(), killed: killed(-1) })["killed.securityForces"]).toEqual(["A count cannot be negative"]);
    expect(errorsOf({ ...buildIncident(), killed: killed(1.5) })["killed.securityForces"]).toEqual(["Enter a whole number"]);
    expect(errorsOf({ ...buildIncident(), killed: killed(0) })).toEqual({});
  });

  it("lets a total exceed the sum of the parts but never fall below it", () => {
    const tooLow = errorsOf({ ...buildIncident(), killed: { total: 5, securityForces: 7, militants: 6 } });
    expect(tooLow["killed.total"]).toEqual(["Total killed (5) cannot be less than security forces + militants (13)"]);
    expect(errorsOf({ ...buildIncident(), killed: { total: 20, securityForces: 7, militants: 6 } })).toEqual({});
    expect(errorsOf({ ...buildIncident(), injured: { total: 1, civilians: 2 } })["injured.total"]).toBeDefined();
  });

  it("keeps low and high estimates around the total", () => {
    expect(errorsOf({ ...buildIncident(), killed: { total: 7, low: 8 } })["killed.low"]).toBeDefined();
    expect(errorsOf({ ...buildIncident(), killed: { total: 7, high: 6 } })["killed.high"]).toBeDefined();
    expect(errorsOf({ ...buildIncident(), killed: { total: 7, low: 5, high: 9 } })).toEqual({});
  });

  it("needs a source to publish, but not for a draft", () => {
    expect(errorsOf({ ...buildIncident(), sources: [] }).sources).toEqual(["Add at least one source before publishing (a draft may have none)"]);
    expect(errorsOf({ ...buildIncident(), sources: [], status: "draft" })).toEqual({});
  });

  it("accepts only http(s) source URLs", () => {
    for (const url of ["javascript:alert(1)", "ftp://example.org/a", "example.org/article", "https://localhost"]) {
      expect(errorsOf({ ...buildIncident(), sources: [buildSource({ url })] })["sources.0.url"]).toEqual([
        "Enter a web address starting with http:// or https://",
      ]);
    }
  });

  it("refuses the same source twice", () => {
    const errors = errorsOf({ ...buildIncident(), sources: [buildSource(), buildSource({ url: `${buildSource().url}/` })] });
    expect(errors["sources.1.url"]).toEqual(["This source is already listed"]);
  });

  it("requires a claim's source to be one of the incident's sources", () => {
    expect(errorsOf({ ...buildIncident(), claims: [buildClaim()] })).toEqual({});
    const errors = errorsOf({ ...buildIncident(), claims: [buildClaim({ sourceUrl: "https://elsewhere.example.com/x" })] });
    expect(errors["claims.0.sourceUrl"]).toEqual(["Choose one of this incident's sources"]);
    expect(errorsOf({ ...buildIncident(), claims: [buildClaim({ sourceUrl: "" })] })["claims.0.sourceUrl"]).toEqual([
      "Choose the source that reports this claim",
    ]);
  });

  it("blames a malformed source URL on the source, not on the claims citing it", () => {
    const url = "dawn.com/news/1";
    const errors = errorsOf({ ...buildIncident(), sources: [buildSource({ url })], claims: [buildClaim({ sourceUrl: url })] });
    expect(Object.keys(errors)).toEqual(["sources.0.url"]);
  });

  it("requires a claim's kind, claimant, subject and statement", () => {
    const errors = errorsOf({
      ...buildIncident(),
      claims: [buildClaim({ kind: "rumour" as "origin", claimantName: "", subject: "", statement: "" })],
    });
    expect(Object.keys(errors).sort()).toEqual(["claims.0.claimantName", "claims.0.kind", "claims.0.statement", "claims.0.subject"]);
  });

  it("checks the weapon sub-type against the weapon type", () => {
    expect(errorsOf({ ...buildIncident(), weaponType: "Firearms", weaponSubtype: "Vehicle" }).weaponSubtype).toBeDefined();
  });

  it("refuses the same actor twice in the same role", () => {
    const actor = { name: "TTP", role: "perpetrator", certainty: "claimed" } as const;
    expect(errorsOf({ ...buildIncident(), actors: [actor, { ...actor, name: "ttp" }] })["actors.1.name"]).toBeDefined();
  });

  it("bounds the summary and the counts", () => {
    expect(errorsOf({ ...buildIncident(), summary: "x".repeat(5001) }).summary).toEqual(["Summary must be at most 5000 characters"]);
    expect(errorsOf({ ...buildIncident(), killed: { total: 100_001 } })["killed.total"]).toEqual(["A count cannot exceed 100,000"]);
    expect(errorsOf({ ...buildIncident(), killed: { total: Number.NaN } })["killed.total"]).toEqual(["Enter a whole number"]);
  });

  it("rejects a malformed end date and accepts none", () => {
    expect(errorsOf({ ...buildIncident(), endDate: "2024-03-32" }).endDate).toEqual(["Enter a real date as YYYY-MM-DD"]);
    expect(errorsOf({ ...buildIncident(), endDate: "" })).toEqual({});
  });

  it("rejects coordinates that are not numbers", () => {
    expect(errorsOf({ ...buildIncident(), latitude: Number.NaN }).latitude).toEqual(["Latitude must be a number"]);
  });

  it("accepts an Afghan province for Afghanistan only", () => {
    const khost = { ...buildIncident(), countryIso3: "AFG" as const, province: "Khost", district: "Khost", location: "Khost" };
    expect(errorsOf(khost)).toEqual({});
    expect(errorsOf({ ...khost, province: "Balochistan" }).province).toEqual(["Balochistan is not a province of Afghanistan"]);
  });

  it("needs a weapon type before a weapon sub-type", () => {
    expect(errorsOf({ ...buildIncident(), weaponType: null, weaponSubtype: "Vehicle" }).weaponSubtype).toEqual(["Choose a weapon type first"]);
  });

  it("rejects values outside the GTD lists and an unknown status", () => {
    expect(errorsOf({ ...buildIncident(), attackType: "Cyber" as "Unknown" }).attackType).toEqual(["Choose an attack type from the list"]);
    expect(errorsOf({ ...buildIncident(), targetType: "Aliens" as "Unknown" }).targetType).toEqual(["Choose a target type from the list"]);
    expect(errorsOf({ ...buildIncident(), status: "archived" as "draft" }).status).toEqual(["Choose draft, in review, published or rejected"]);
  });

  it("reports problems inside repeated rows on their own paths", () => {
    const errors = errorsOf({ ...buildIncident(), actors: [{ name: "", role: "perpetrator", certainty: "claimed" }] });
    expect(errors["actors.0.name"]).toEqual(["Enter actor name"]);
  });
});
