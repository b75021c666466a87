import { z } from "zod";
import { LIMITS } from "@/lib/validation/limits";
import { OptionalPastDateSchema, optionalText } from "@/lib/validation/field-schemas";

/**
 * What a source's report can state beyond its figures (docs/decisions/019-reported-facts.md): the day
 * the source gives for the event, the place it names, and whom it names as perpetrator or claimant,
 * each with the sentence that states it. Under the record's own names where it has one.
 */
const FACTS = [
  { path: "eventDate", label: "Date of the event", kind: "day" },
  { path: "location", label: "Place of the event", kind: "text" },
  { path: "perpetrator", label: "Perpetrator or claimant", kind: "text" },
] as const;

export type ReportedFactPath = (typeof FACTS)[number]["path"];
export const REPORTED_FACTS = FACTS;
export const REPORTED_FACT_PATHS = FACTS.map((f) => f.path) as ReportedFactPath[];

/** "Place" for "location". */
export const reportedFactLabel = (path: ReportedFactPath) => FACTS.find((f) => f.path === path)!.label;

const valueSchema = (kind: "day" | "text", label: string) => (kind === "day" ? OptionalPastDateSchema : optionalText(LIMITS.shortText, label));

/** One fact as a source states it: the value, and optionally the sentence that states it. */
const factSchema = (kind: "day" | "text", label: string) =>
  z.object({ value: valueSchema(kind, label), quote: optionalText(LIMITS.quote, "Quote") }).superRefine((f, ctx) => {
    if (f.value === null && f.quote)
      ctx.addIssue({ code: "custom", path: ["value"], message: `Enter the ${label.toLowerCase()} this quote states, or clear the quote` });
  });

type FactInput = z.input<ReturnType<typeof factSchema>>;
export type ReportedFact = { value: string; quote: string | null };
export type ReportedFacts = Partial<Record<ReportedFactPath, ReportedFact>>;

/** The facts of a report, keyed by path; a fact with no value means the source does not say and is dropped. */
export const ReportedFactsInputSchema = z
  .object(
    Object.fromEntries(FACTS.map((f) => [f.path, factSchema(f.kind, f.label).optional()])) as Record<
      ReportedFactPath,
      z.ZodOptional<ReturnType<typeof factSchema>>
    >,
  )
  .default({})
  .transform((facts) => {
    const out: ReportedFacts = {};
    for (const path of REPORTED_FACT_PATHS) {
      const f = facts[path];
      if (f && f.value !== null) out[path] = { value: f.value, quote: f.quote };
    }
    return out;
  });

export type ReportedFactsInput = Partial<Record<ReportedFactPath, FactInput>>;

const FactRecordSchema = z.object({
  value: z.string().describe("As the source states it (a date as YYYY-MM-DD)"),
  quote: z.string().nullable().describe("The sentence in the source that states it"),
});

/** The facts as the API returns them (sources[i].report.facts). */
export const ReportedFactsRecordSchema = z
  .object(Object.fromEntries(FACTS.map((f) => [f.path, FactRecordSchema.optional()])) as Record<ReportedFactPath, z.ZodOptional<typeof FactRecordSchema>>)
  .describe("The date (eventDate), place (location) and perpetrator or claimant the source states; a field left out means the source does not say");

/** The stored column (IncidentSource.reportedFacts, JSON) as facts; anything unreadable is "not stated". */
export function factsFromColumn(text: string | null | undefined): ReportedFacts {
  if (!text) return {};
  try {
    const parsed = ReportedFactsInputSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** The facts as stored: null when the source states none. */
export const factsToColumn = (facts: ReportedFacts): string | null => (Object.keys(facts).length ? JSON.stringify(facts) : null);

/** Two statements of a fact compared as a reader would: case, spacing and punctuation aside. */
export const sameFact = (a: string, b: string) => comparableFact(a) === comparableFact(b);

/**
 * Whether one statement names the other more precisely, word for word: "Mir Ali" within "Mir Ali
 * (Khaddi market area)". Two different places that share a word ("Mir Ali" and "Mir Ali Khel") are
 * not the same, since the shorter must be a run of whole words followed by nothing or by more detail.
 */
export const factWithin = (short: string, long: string) => {
  const s = comparableFact(short);
  const l = comparableFact(long);
  return s.length > 0 && (s === l || l.startsWith(`${s} `));
};
const comparableFact = (v: string) =>
  v
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
