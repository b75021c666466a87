import { describe, expect, it } from "vitest";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { buildIncident } from "@/prisma/factories";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { comparableText, quoteInText } from "./report-rules";

const ARTICLE = `Militants attacked a checkpost in Mir Ali.\n\nSeven  soldiers were
killed in the attack, the army said. Two others were injured.`;

function withReport(report: unknown, source: Record<string, unknown> = {}) {
  const base = buildIncident();
  return { ...base, sources: [{ ...base.sources![0]!, outlet: "Dawn", archivedText: ARTICLE, ...source, report }] };
}

const errorsOf = (input: unknown) => {
  const r = IncidentInputSchema.safeParse(input);
  return r.success ? {} : toFieldErrors(r.error);
};

describe("a source's report", () => {
  it("accepts figures with quotes found in the archived copy, whitespace and curly quotes aside", () => {
    const r = IncidentInputSchema.safeParse(
      withReport({
        originator: "the army",
        figures: {
          "killed.total": { value: 7, quote: "Seven soldiers were killed in the attack, the army said." },
          "killed.securityForces": { value: 7, quote: null },
          "injured.total": { value: 2, quote: "Two others were injured." },
        },
      }),
    );
    expect(r.success).toBe(true);
    expect(r.data!.sources[0]!.report).toEqual({
      originator: "the army",
      figures: {
        "killed.total": { value: 7, quote: "Seven soldiers were killed in the attack, the army said." },
        "killed.securityForces": { value: 7, quote: null },
        "injured.total": { value: 2, quote: "Two others were injured." },
      },
      facts: {},
    });
  });

  it("defaults to no originator and no figures, and drops figures left empty", () => {
    expect(IncidentInputSchema.parse(withReport(undefined)).sources[0]!.report).toEqual({ originator: null, figures: {}, facts: {} });
    const parsed = IncidentInputSchema.parse(withReport({ originator: "", figures: { "killed.total": { value: null, quote: "" } } }));
    expect(parsed.sources[0]!.report).toEqual({ originator: null, figures: {}, facts: {} });
  });

  it("keeps the date, place and perpetrator a source states, each with its quote, and drops those left empty", () => {
    const parsed = IncidentInputSchema.parse(
      withReport({
        facts: {
          eventDate: { value: "2024-03-16", quote: null },
          location: { value: " Mir Ali ", quote: "Militants attacked a checkpost in Mir Ali." },
          perpetrator: { value: "", quote: "" },
        },
      }),
    );
    expect(parsed.sources[0]!.report.facts).toEqual({
      eventDate: { value: "2024-03-16", quote: null },
      location: { value: "Mir Ali", quote: "Militants attacked a checkpost in Mir Ali." },
    });
  });

  it("refuses a reported date that is not a real past day, a fact quote without its value, and a fact quote not in the archived copy", () => {
    const e = errorsOf(
      withReport({
        facts: {
          eventDate: { value: "2024-02-30", quote: null },
          location: { value: "", quote: "Militants attacked a checkpost in Mir Ali." },
          perpetrator: { value: "TTP", quote: "The TTP claimed the attack." },
        },
      }),
    );
    expect(e["sources.0.report.facts.eventDate.value"]).toEqual(["Enter a real date as YYYY-MM-DD"]);
    expect(e["sources.0.report.facts.location.value"]).toEqual(["Enter the place of the event this quote states, or clear the quote"]);
    expect(e["sources.0.report.facts.perpetrator.quote"]).toEqual(["The quote is not in the archived copy of Dawn"]);
  });

  it("refuses a category above the same source's own total, naming the source, on the category", () => {
    const e = errorsOf(withReport({ figures: { "killed.total": { value: 5, quote: null }, "killed.civilians": { value: 6, quote: null } } }));
    expect(e["sources.0.report.figures.killed.civilians.value"]).toEqual(["6 is more than the killed total that Dawn itself reports (5)"]);
  });

  it("compares a category with its own group's total only", () => {
    const e = errorsOf(withReport({ figures: { "killed.total": { value: 7, quote: null }, "injured.civilians": { value: 9, quote: null } } }));
    expect(e).toEqual({});
  });

  it("refuses a quote that is not in the archived copy", () => {
    const e = errorsOf(withReport({ figures: { "killed.total": { value: 9, quote: "Nine soldiers were killed." } } }));
    expect(e["sources.0.report.figures.killed.total.quote"]).toEqual(["The quote is not in the archived copy of Dawn"]);
  });

  it("takes any quote when the source has no archived copy", () => {
    expect(errorsOf(withReport({ figures: { "killed.total": { value: 9, quote: "Nine soldiers were killed." } } }, { archivedText: null }))).toEqual({});
  });

  it.each([
    [-1, "A count cannot be negative"],
    [2.5, "Enter a whole number"],
    [Number.NaN, "Enter a whole number"],
  ])("refuses %s as a figure", (value, message) => {
    const e = errorsOf(withReport({ figures: { "killed.total": { value, quote: null } } }));
    expect(e["sources.0.report.figures.killed.total.value"]).toEqual([message]);
  });

  it("refuses a quote with no figure", () => {
    const e = errorsOf(withReport({ figures: { "killed.total": { value: null, quote: "Seven  soldiers were killed" } } }));
    expect(e["sources.0.report.figures.killed.total.value"]).toEqual(["Enter the figure this quote states, or clear the quote"]);
  });

  it("refuses a figure that is not one a report can state", () => {
    const r = IncidentInputSchema.safeParse(withReport({ figures: { "killed.low": { value: 1, quote: null } } }));
    // Unknown keys are not reported figures: they are dropped, not stored.
    expect(r.success && r.data.sources[0]!.report.figures).toEqual({});
  });
});

describe("quoteInText", () => {
  it("collapses whitespace and typographic quotes", () => {
    expect(comparableText("  “Seven”\n\tsoldiers ’ ")).toBe(`"Seven" soldiers '`);
    expect(quoteInText("Seven soldiers were killed", ARTICLE)).toBe(true);
    expect(quoteInText("Eight soldiers were killed", ARTICLE)).toBe(false);
  });
});
