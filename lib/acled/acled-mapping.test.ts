import { describe, expect, it } from "vitest";
import { datePrecisionFromAcled, datePrecisionToAcled, geoPrecisionFromAcled, geoPrecisionToAcled } from "./precision";
import { actorCategoryFromAcled, actorCategoryToAcled, interactionCode } from "./actor-categories";
import { acledDateToIso } from "./event-date";
import { countryFromAcled, acledCountryOf } from "./country";
import { resolveAdmin1 } from "./admin1";
import { readAcledProvenance, splitSourceList, tidyNotes, withAcledProvenance } from "./provenance";
import { fromAcledRow, titleFromAcled } from "./from-acled-row";
import { actorsFromAcled } from "./actors-from-acled";
import { countryByIso3 } from "@/lib/taxonomy/countries";
import { IncidentInputSchema } from "@/lib/incidents/schema";

const PAK = countryByIso3("PAK")!;
const AFG = countryByIso3("AFG")!;

describe("precision codes", () => {
  it("maps time_precision both ways", () => {
    expect(["1", "2", "3", " 2 "].map(datePrecisionFromAcled)).toEqual(["day", "week", "month", "week"]);
    expect(["0", "4", "x", ""].map(datePrecisionFromAcled)).toEqual([null, null, null, null]);
    expect(["day", "week", "month", "year", "nope"].map(datePrecisionToAcled)).toEqual([1, 2, 3, 3, null]);
  });

  it("maps geo_precision both ways", () => {
    expect(["1", "2", "3"].map(geoPrecisionFromAcled)).toEqual(["town", "district", "province"]);
    expect(geoPrecisionFromAcled("4")).toBeNull();
    expect(["exact", "town", "district", "province"].map(geoPrecisionToAcled)).toEqual([1, 1, 2, 3]);
  });
});

describe("actor categories", () => {
  it("reads numeric codes and the names of ACLED's 2023 layout", () => {
    expect(actorCategoryFromAcled("1")?.kind).toBe("state_force");
    expect(actorCategoryFromAcled("State forces")?.code).toBe(1);
    expect(actorCategoryFromAcled("Rebel group")?.kind).toBe("armed_group");
    expect(actorCategoryFromAcled("rebel groups")?.code).toBe(2);
    expect(actorCategoryFromAcled("Identity militia")?.code).toBe(4);
    expect(actorCategoryFromAcled("7")?.label).toBe("Civilians");
    expect(actorCategoryFromAcled("External/Other forces")?.code).toBe(8);
    expect(actorCategoryFromAcled("")).toBeNull();
    expect(actorCategoryFromAcled("9")).toBeNull();
  });

  it("writes a category for each Atlas actor kind", () => {
    expect(actorCategoryToAcled("state_force", "Military Forces of Pakistan")?.code).toBe(1);
    expect(actorCategoryToAcled("armed_group", "Tehreek-i-Taliban Pakistan")?.code).toBe(2);
    expect(actorCategoryToAcled("other", "Civilians (Pakistan)")?.code).toBe(7);
    expect(actorCategoryToAcled("other", "Protesters (Pakistan)")?.code).toBe(6);
    expect(actorCategoryToAcled("other", "Someone")?.code).toBe(8);
  });

  it("builds ACLED's interaction code, lower code first", () => {
    const [state, rebel, civilians] = ["1", "2", "7"].map(actorCategoryFromAcled);
    expect(interactionCode(rebel!, state!)).toBe("12");
    expect(interactionCode(state!, civilians!)).toBe("17");
    expect(interactionCode(rebel!, null)).toBe("20");
    expect(interactionCode(null, null)).toBe("");
  });
});

describe("acledDateToIso", () => {
  it("reads ISO dates and ACLED's written dates", () => {
    expect(acledDateToIso("2024-03-16")).toBe("2024-03-16");
    expect(acledDateToIso("16 March 2024")).toBe("2024-03-16");
    expect(acledDateToIso("16-March-2024")).toBe("2024-03-16");
    expect(acledDateToIso("6 Sep 2023")).toBe("2023-09-06");
    expect(acledDateToIso("1 Sept. 2023")).toBe("2023-09-01");
  });

  it("rejects impossible or unreadable dates", () => {
    for (const bad of ["2024-02-30", "31 April 2024", "16/03/2024", "March 2024", "", "16 Mar"]) expect(acledDateToIso(bad), bad).toBeNull();
  });
});

describe("countries", () => {
  it("finds the country by name, else by ISO numeric code", () => {
    expect(countryFromAcled("Pakistan", "586")?.iso3).toBe("PAK");
    expect(countryFromAcled("", "4")?.iso3).toBe("AFG");
    expect(countryFromAcled("Atlantis", "")).toBeNull();
    expect(acledCountryOf("AFG")).toEqual({ numeric: 4, region: "South Asia" });
  });
});

describe("resolveAdmin1", () => {
  it("maps FATA to Khyber Pakhtunkhwa and says so", () => {
    const r = resolveAdmin1("Federally Administered Tribal Areas", PAK, null, null);
    expect(r).toEqual({ ok: true, province: "Khyber Pakhtunkhwa", note: 'admin1 "Federally Administered Tribal Areas" recorded as Khyber Pakhtunkhwa' });
  });

  it("accepts today's names and alternative spellings", () => {
    expect(resolveAdmin1("Khyber Pakhtunkhwa", PAK, null, null)).toMatchObject({ province: "Khyber Pakhtunkhwa", note: null });
    expect(resolveAdmin1("Baluchistan", PAK, null, null)).toMatchObject({ province: "Balochistan" });
    expect(resolveAdmin1("Paktiya", AFG, null, null)).toMatchObject({ province: "Paktia" });
  });

  it("places an unknown admin1 by its coordinates", () => {
    const r = resolveAdmin1("Tribal Belt", PAK, 32.97, 70.27);
    expect(r).toMatchObject({ ok: true, province: "Khyber Pakhtunkhwa" });
    expect(resolveAdmin1("", PAK, 30.19, 67.01)).toMatchObject({ ok: true, province: "Balochistan", note: null });
  });

  it("rejects an unknown admin1 it cannot place", () => {
    expect(resolveAdmin1("Atlantis", PAK, null, null)).toMatchObject({ ok: false });
    expect(resolveAdmin1("Atlantis", PAK, 34.5, 69.2)).toMatchObject({ ok: false }); // Kabul: not in Pakistan
    expect(resolveAdmin1("", PAK, null, null)).toEqual({ ok: true, province: null, note: null });
  });

  it("keeps admin1 as given for countries without a province list", () => {
    expect(resolveAdmin1("Sistan and Baluchestan", countryByIso3("IRN")!, null, null)).toMatchObject({ province: "Sistan and Baluchestan" });
  });
});

describe("provenance", () => {
  it("splits ACLED's source list", () => {
    expect(splitSourceList("Dawn; The News;Twitter ;  ; Dawn")).toEqual(["Dawn", "The News", "Twitter"]);
  });

  it("keeps what Atlas has no field for at the end of the summary, and reads it back", () => {
    const summary = withAcledProvenance("Militants attacked a checkpost.", { source: "Dawn;The News", sourceScale: "National", tags: null });
    expect(summary).toBe("Militants attacked a checkpost.\n\nACLED source: Dawn; The News\nACLED source scale: National");
    expect(readAcledProvenance(summary)).toEqual({ source: "Dawn; The News", sourceScale: "National", tags: null });
    expect(withAcledProvenance(" Notes ", { source: null, sourceScale: null, tags: null })).toBe("Notes");
    expect(readAcledProvenance("No provenance")).toEqual({ source: null, sourceScale: null, tags: null });
  });

  it("tidies notes", () => {
    expect(tidyNotes("  On 16 March 2024,\t militants   attacked.\r\n\r\n\r\nMore. ")).toBe("On 16 March 2024, militants attacked.\n\nMore.");
  });
});

const ROW = {
  event_id_cnty: "PAK12345",
  event_date: "16 March 2024",
  year: "2024",
  time_precision: "1",
  disorder_type: "Political violence",
  event_type: "Explosions/Remote violence",
  sub_event_type: "Suicide bomb",
  actor1: "Jaish-e-Fursan-e-Muhammad",
  assoc_actor_1: "",
  inter1: "2",
  actor2: "Military Forces of Pakistan (2018-)",
  assoc_actor_2: "Police Forces of Pakistan (2018-); Military Forces of Pakistan (2018-)",
  inter2: "1",
  interaction: "12",
  country: "Pakistan",
  iso: "586",
  admin1: "Federally Administered Tribal Areas",
  admin2: "North Waziristan",
  location: "Mir Ali",
  latitude: "32.9700",
  longitude: "70.2700",
  geo_precision: "1",
  source: "Dawn; The News",
  source_scale: "National",
  notes: "On 16 March 2024, militants rammed an explosives-laden vehicle into a checkpost. 7 soldiers were killed.",
  fatalities: "7",
  tags: "",
  timestamp: "1710000000",
};

describe("fromAcledRow", () => {
  it("maps a full ACLED row to a valid draft", () => {
    const m = fromAcledRow(ROW);
    expect(m.problems).toEqual([]);
    expect(m.externalId).toBe("PAK12345");
    expect(m.notes).toEqual(['admin1 "Federally Administered Tribal Areas" recorded as Khyber Pakhtunkhwa']);
    const data = IncidentInputSchema.parse(m.input);
    expect(data).toMatchObject({
      title: "Suicide bomb in Mir Ali, North Waziristan",
      status: "draft",
      eventDate: "2024-03-16",
      datePrecision: "day",
      countryIso3: "PAK",
      province: "Khyber Pakhtunkhwa",
      district: "North Waziristan",
      location: "Mir Ali",
      latitude: 32.97,
      longitude: 70.27,
      geoPrecision: "town",
      eventType: "Explosions/Remote violence",
      subEventType: "Suicide bomb",
      killed: { total: 7, securityForces: null },
      injured: { total: null },
    });
    expect(data.summary).toContain("7 soldiers were killed.\n\nACLED source: Dawn; The News\nACLED source scale: National");
  });

  it("cites the row itself as a dataset source whose report gives the fatalities (decision 020)", () => {
    const data = IncidentInputSchema.parse(fromAcledRow(ROW).input);
    expect(data.sources).toEqual([
      {
        url: null,
        datasetRecord: "ACLED PAK12345",
        outlet: "ACLED",
        headline: null,
        publishedAt: null,
        language: "en",
        quote: null,
        notes: null,
        archivedText: ROW.notes,
        report: { originator: "Dawn; The News", figures: { "killed.total": { value: 7, quote: null } }, facts: {} },
      },
    ]);
    // The coded total rests on ACLED's report.
    expect(data.killed.total).toBe(7);
    expect(data.killed).toMatchObject({ low: 7, high: 7 });
  });

  it("gives the dataset source no figure for empty fatalities, no originator without a source list, and none at all without an event id", () => {
    const noFigure = IncidentInputSchema.parse(fromAcledRow({ ...ROW, fatalities: "", source: " ; " }).input);
    expect(noFigure.sources[0]!.report).toEqual({ originator: null, figures: {}, facts: {} });
    expect(noFigure.killed.total).toBeNull();
    const zero = IncidentInputSchema.parse(fromAcledRow({ ...ROW, fatalities: "0" }).input);
    expect(zero.sources[0]!.report.figures).toEqual({ "killed.total": { value: 0, quote: null } });
    expect(fromAcledRow({ ...ROW, event_id_cnty: "" }).input?.sources).toEqual([]);
    // Tidied as the summary's notes are; an empty note is no archived copy.
    expect(IncidentInputSchema.parse(fromAcledRow({ ...ROW, notes: "  a\t b  " }).input).sources[0]!.archivedText).toBe("a b");
    expect(IncidentInputSchema.parse(fromAcledRow({ ...ROW, notes: "" }).input).sources[0]!.archivedText).toBeNull();
  });

  it("cannot be published on ACLED's record alone: publishing needs an article", () => {
    const parsed = IncidentInputSchema.safeParse({ ...fromAcledRow(ROW).input, status: "published" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["sources", "Add at least one article with its URL before publishing: a dataset record such as ACLED's does not count (a draft may have none)"],
    ]);
  });

  it("turns actor1/actor2 and their associates into perpetrators and targets, once each", () => {
    expect(actorsFromAcled(ROW)).toEqual([
      { name: "Jaish-e-Fursan-e-Muhammad", kind: "armed_group", role: "perpetrator", certainty: "confirmed" },
      { name: "Military Forces of Pakistan (2018-)", kind: "state_force", role: "target", certainty: "confirmed" },
      { name: "Police Forces of Pakistan (2018-)", kind: "state_force", role: "target", certainty: "confirmed" },
    ]);
    expect(actorsFromAcled({})).toEqual([]);
  });

  it("keeps empty fatalities as not reported, and 0 as none", () => {
    expect(fromAcledRow({ ...ROW, fatalities: "" }).input?.killed?.total).toBeNull();
    expect(fromAcledRow({ ...ROW, fatalities: "0" }).input?.killed?.total).toBe(0);
  });

  it("codes a suicide attack only from ACLED's own 'Suicide bomb' sub-event; otherwise it stays not known, never 'no'", () => {
    expect(IncidentInputSchema.parse(fromAcledRow({ ...ROW, sub_event_type: "Suicide bomb" }).input).suicide).toBe(true);
    expect(IncidentInputSchema.parse(fromAcledRow({ ...ROW, sub_event_type: "Remote explosive/landmine/IED" }).input).suicide).toBeNull();
  });

  it("reports every unreadable value", () => {
    const m = fromAcledRow({ ...ROW, event_date: "someday", time_precision: "9", latitude: "north", country: "Atlantis", iso: "" });
    expect(m.input).toBeNull();
    expect(m.problems).toEqual([
      'event_date: "someday" is not a date (use YYYY-MM-DD or 16 March 2024)',
      'time_precision: "9" is not 1, 2 or 3',
      'latitude: "north" is not a number',
      'country: "Atlantis" is not a country Atlas covers',
    ]);
  });

  it("leaves the schema to reject what it owns (unknown event type, future date)", () => {
    const bad = IncidentInputSchema.safeParse(fromAcledRow({ ...ROW, event_type: "Picnic", event_date: "2999-01-01" }).input);
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["eventType", "eventDate"]));
  });

  it("writes a title from the event and the place", () => {
    expect(titleFromAcled({ sub_event_type: "Armed clash", location: "Wana", admin2: "South Waziristan" })).toBe("Armed clash in Wana, South Waziristan");
    expect(titleFromAcled({ event_type: "Battles", location: "Quetta", admin2: "Quetta", admin1: "Balochistan" })).toBe("Battles in Quetta, Balochistan");
    expect(titleFromAcled({})).toBe("Event");
    expect(titleFromAcled({ sub_event_type: "Attack", location: "x".repeat(300) }).length).toBe(200);
  });
});
