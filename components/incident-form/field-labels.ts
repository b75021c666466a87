import {
  CASUALTY_COUNTS,
  CASUALTY_COUNT_LABELS,
  CASUALTY_GROUP_LABELS,
  FIELD_LABELS,
  ROW_FIELD_LABELS,
  ROW_GROUP_LABELS,
  ROW_NOUNS,
} from "@/lib/incidents/field-labels";
import { REPORTED_FIELDS } from "@/lib/sources/report/reported-fields";

/** Visible labels of the incident form's fields, by name; the error summary prefixes them. */
const LABELS: Record<string, string> = { ...FIELD_LABELS, ...ROW_GROUP_LABELS, form: "" };

const isRowGroup = (group: string | undefined): group is keyof typeof ROW_NOUNS => !!group && group in ROW_NOUNS;

export function fieldLabel(name: string): string {
  if (name in LABELS) return LABELS[name]!;
  const [group, second, third] = name.split(".");
  if (group === "killed" || group === "injured") {
    return `${CASUALTY_GROUP_LABELS[group]}, ${CASUALTY_COUNT_LABELS[second!] ?? second}`;
  }
  if (group === "coding") return codingFieldLabel(name);
  if (group === "sources" && /^\d+$/.test(second ?? "") && third === "report") return `Source ${Number(second) + 1}, ${reportFieldLabel(name)}`;
  if (isRowGroup(group) && /^\d+$/.test(second ?? "")) {
    const field = ROW_FIELD_LABELS[group][third ?? ""] ?? third ?? "";
    return `${ROW_NOUNS[group]} ${Number(second) + 1}, ${field === field.toUpperCase() ? field : field.toLowerCase()}`;
  }
  return name;
}

/** "Killed (total), coded value" / "…, reason for setting it" for a figure's coding controls. */
function codingFieldLabel(name: string): string {
  const m = /^coding\.(.+)\.(sourceUrl|reason)$/.exec(name);
  const figure = REPORTED_FIELDS.find((f) => f.path === m?.[1])?.label ?? name;
  return m?.[2] === "reason" ? `${figure}, reason for setting it` : `${figure}, coded value`;
}

/** "reported by", "killed (total)", "quote for killed (total)" for a report's control name. */
function reportFieldLabel(name: string): string {
  const m = /\.report\.figures\.(.+)\.(value|quote)$/.exec(name);
  if (!m) return "figures attributed to";
  const figure = REPORTED_FIELDS.find((f) => f.path === m[1])?.label.toLowerCase() ?? m[1]!;
  return m[2] === "quote" ? `quote for ${figure}` : `reported ${figure}`;
}

/** The report's controls in form order: the originator, then each figure's number and quote. */
function reportFieldOrder(name: string): number {
  const m = /\.report\.figures\.(.+)\.(value|quote)$/.exec(name);
  if (!m) return 0;
  return 1 + REPORTED_FIELDS.findIndex((f) => f.path === m[1]) * 2 + (m[2] === "quote" ? 1 : 0);
}

/** Where a problem with a whole list is fixed: the list's Add button. */
export function fieldTarget(name: string): string {
  return name === "sources" || name === "actors" || name === "claims" ? `${name}.add` : name;
}

// The order fields appear in the form, so the error summary lists problems top to bottom.
const FORM_ORDER = [
  "form",
  "title",
  "summary",
  "eventType",
  "subEventType",
  "attackType",
  "targetType",
  "target",
  "weaponType",
  "weaponSubtype",
  "suicide",
  "eventDate",
  "datePrecision",
  "endDate",
  "location",
  "district",
  "province",
  "countryIso3",
  "latitude",
  "longitude",
  "geoPrecision",
  "killed",
  "injured",
  "actors",
  "sources",
  "claims",
  "status",
];
const COUNT_ORDER: readonly string[] = CASUALTY_COUNTS.killed;

/** Whether a section places the field's control itself; the others get one by their kind (table-field-controls.tsx). */
export function isPlacedInForm(path: string): boolean {
  const [top = "", count = ""] = path.split(".");
  if (top === "killed" || top === "injured") return (CASUALTY_COUNTS[top] as readonly string[]).includes(count);
  return FORM_ORDER.includes(top);
}

export function fieldOrder(name: string): number {
  const [top = "", second = "", third = ""] = name.split(".");
  const base = (FORM_ORDER.indexOf(top) + 1) * 100_000;
  if (top === "killed" || top === "injured") return base + COUNT_ORDER.indexOf(second);
  // A figure's coding sits with its count in the casualties section.
  if (top === "coding") return (FORM_ORDER.indexOf(second) + 1) * 100_000 + COUNT_ORDER.indexOf(third) + 0.5;
  // A source's report comes after the source's own fields, as in the form.
  if (top === "sources" && /^\d+$/.test(second) && third === "report") return base + (Number(second) + 1) * 100 + 50 + reportFieldOrder(name);
  if (isRowGroup(top) && /^\d+$/.test(second)) return base + (Number(second) + 1) * 100 + Object.keys(ROW_FIELD_LABELS[top]).indexOf(third) + 1;
  return base;
}
