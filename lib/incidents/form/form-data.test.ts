import { describe, expect, it } from "vitest";
import { buildIncident } from "@/prisma/factories";
import { IncidentInputSchema } from "../schema";
import { formValuesFromFormData, formVersion, incidentFromFormValues, rowIndices } from "./form-data";
import { newIncidentFormValues } from "./form-values";

function formData(entries: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(entries)) fd.append(k, v);
  return fd;
}

const minimal = {
  title: "Attack on a checkpost",
  status: "published",
  eventDate: "2024-03-16",
  datePrecision: "day",
  countryIso3: "PAK",
  geoPrecision: "town",
  eventType: "Battles",
  "sources.0.url": "https://www.dawn.com/news/1",
  "sources.0.outlet": "Dawn",
  "sources.0.language": "en",
};

describe("formValuesFromFormData", () => {
  it("keeps every text entry under its name and ignores files", () => {
    const fd = formData({ title: "  spaced  ", "sources.0.url": "x" });
    fd.append("upload", new Blob(["x"]), "a.txt");
    expect(formValuesFromFormData(fd)).toEqual({ title: "  spaced  ", "sources.0.url": "x" });
  });
});

describe("incidentFromFormValues", () => {
  it("builds the schema's JSON shape, which then validates", () => {
    const input = incidentFromFormValues({ ...minimal, "killed.total": "13", "killed.securityForces": "7", suicide: "on" });
    expect(input.killed).toEqual({ total: 13, securityForces: 7, civilians: null, militants: null, unknown: null, low: null, high: null });
    expect(input.suicide).toBe(true);
    expect(input.sources).toEqual([
      {
        url: "https://www.dawn.com/news/1",
        outlet: "Dawn",
        headline: "",
        publishedAt: "",
        language: "en",
        quote: "",
        report: { originator: "", figures: {}, facts: {} },
      },
    ]);
    expect(IncidentInputSchema.safeParse(input).success).toBe(true);
  });

  it("turns an empty count into null (not reported) and keeps 0 (none)", () => {
    const input = incidentFromFormValues({ ...minimal, "killed.total": "", "killed.civilians": "0", "injured.total": " " });
    expect(input.killed!.total).toBeNull();
    expect(input.killed!.civilians).toBe(0);
    expect(input.injured!.total).toBeNull();
  });

  it("passes numbers through for the schema to judge: negative, fractional, not a number", () => {
    const input = incidentFromFormValues({ ...minimal, "killed.total": "-1", "injured.total": "1.5", latitude: "abc", longitude: "70.27" });
    expect(input.killed!.total).toBe(-1);
    expect(input.injured!.total).toBe(1.5);
    expect(input.latitude).toBeNaN();
    const errors = IncidentInputSchema.safeParse(input).error!.issues.map((i) => i.path.join("."));
    expect(errors).toEqual(expect.arrayContaining(["killed.total", "injured.total", "latitude"]));
  });

  it("reads coordinates as numbers, empty as null", () => {
    expect(incidentFromFormValues({ ...minimal, latitude: "32.97", longitude: "70.27" })).toMatchObject({ latitude: 32.97, longitude: 70.27 });
    expect(incidentFromFormValues(minimal)).toMatchObject({ latitude: null, longitude: null });
  });

  it("reads a yes/no left empty as not known, never as no", () => {
    expect(incidentFromFormValues(minimal).suicide).toBeNull();
    expect(incidentFromFormValues({ ...minimal, suicide: "" }).suicide).toBeNull();
    expect(incidentFromFormValues({ ...minimal, suicide: "no" }).suicide).toBe(false);
    expect(incidentFromFormValues({ ...minimal, suicide: "yes" }).suicide).toBe(true);
  });

  it("orders rows by index, tolerates gaps and drops rows left blank", () => {
    const input = incidentFromFormValues({
      ...minimal,
      "sources.3.url": "https://www.dawn.com/news/3",
      "sources.3.outlet": "Dawn",
      "sources.5.url": "",
      "sources.5.language": "en",
      "actors.0.name": "TTP",
      "actors.0.kind": "armed_group",
      "actors.0.role": "perpetrator",
      "actors.0.certainty": "claimed",
      "actors.1.name": " ",
      "actors.1.role": "target",
      "claims.0.kind": "denial",
      "claims.0.statement": "Denied it.",
    });
    expect(input.sources!.map((s) => s.url)).toEqual(["https://www.dawn.com/news/1", "https://www.dawn.com/news/3"]);
    expect(input.sources![1]!.language).toBe("en");
    expect(input.actors).toEqual([{ name: "TTP", kind: "armed_group", role: "perpetrator", certainty: "claimed" }]);
    expect(input.claims).toEqual([{ kind: "denial", claimantName: "", claimantRole: "", subject: "", statement: "Denied it.", madeOn: "", sourceUrl: "" }]);
  });

  it("reports errors on the same dotted paths the form's fields are named by", () => {
    const result = IncidentInputSchema.safeParse(
      incidentFromFormValues({ ...minimal, "sources.0.url": "dawn.com/news/1", "claims.0.statement": "x", "claims.0.kind": "origin" }),
    );
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["sources.0.url", "claims.0.claimantName", "claims.0.subject", "claims.0.sourceUrl"]));
  });

  it("round-trips a factory incident written out as form values", () => {
    const built = IncidentInputSchema.parse(buildIncident());
    const values: Record<string, string> = {
      ...minimal,
      title: built.title,
      eventType: built.eventType,
      subEventType: built.subEventType ?? "",
      "killed.total": "7",
      "sources.0.url": built.sources[0]!.url!,
    };
    const parsed = IncidentInputSchema.parse(incidentFromFormValues(values));
    expect(parsed).toMatchObject({ title: built.title, subEventType: "Suicide bomb", killed: { total: 7 } });
  });

  it("starts a new form with one empty source row, which is not a source yet", () => {
    const values = newIncidentFormValues();
    expect(rowIndices(values, "sources")).toEqual([0]);
    expect(incidentFromFormValues(values).sources).toEqual([]);
  });
});

describe("formVersion", () => {
  it("reads a positive whole version or null", () => {
    expect(formVersion({ version: "3" })).toBe(3);
    expect(formVersion({ version: "" })).toBeNull();
    expect(formVersion({ version: "-1" })).toBeNull();
    expect(formVersion({})).toBeNull();
  });
});
