import { FIELD_TABLE } from "./fields/field-table";
import { groupOf, isDerived } from "./fields/field-spec";
import { CASUALTY_CATEGORIES, CASUALTY_CATEGORY_NAMES } from "@/lib/taxonomy/casualty-categories";

/**
 * An incident's single-valued fields other than casualties, with their labels, in form order (from
 * the field table). The form shows the labels as they are; the History and the version check
 * lower-case them.
 */
export const FIELD_LABELS: Record<string, string> = Object.fromEntries(
  FIELD_TABLE.filter((f) => !isDerived(f) && groupOf(f.path) === null).map((f) => [f.path, f.label]),
);

export const CASUALTY_GROUP_LABELS = { killed: "Killed", injured: "Injured" } as const;

/** The counts of each casualty group in form order: the total, the categories, then (killed only) the estimates. */
export const CASUALTY_COUNTS = {
  killed: ["total", ...CASUALTY_CATEGORY_NAMES, "low", "high"],
  injured: ["total", ...CASUALTY_CATEGORY_NAMES],
} as const;

/** A casualty count in running text: "total", "security forces", "low estimate". */
export const CASUALTY_COUNT_LABELS: Record<string, string> = {
  total: "total",
  ...Object.fromEntries(CASUALTY_CATEGORY_NAMES.map((k) => [k, CASUALTY_CATEGORIES[k].toLowerCase()])),
  low: "low estimate",
  high: "high estimate",
};

/** The repeated rows of an incident, and the labels of their fields. */
export const ROW_GROUP_LABELS = { sources: "Sources", actors: "Actors", claims: "Claims" } as const;
export const ROW_NOUNS = { sources: "Source", actors: "Actor", claims: "Claim" } as const;
export const ROW_FIELD_LABELS: Record<keyof typeof ROW_NOUNS, Record<string, string>> = {
  sources: { url: "URL", outlet: "Outlet", headline: "Headline", publishedAt: "Published", language: "Language", quote: "Quote" },
  actors: { name: "Actor", kind: "Kind", role: "Role", certainty: "Certainty" },
  claims: {
    kind: "Kind",
    claimantName: "Claimant",
    claimantRole: "Claimant's role",
    subject: "Subject",
    statement: "Statement",
    madeOn: "Date",
    sourceUrl: "Source",
  },
};
