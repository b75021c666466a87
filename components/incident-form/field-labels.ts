import { CASUALTY_CATEGORIES } from "@/lib/taxonomy/casualty-categories";

/** Visible labels of the incident form's fields, by name; the error summary prefixes them. */
const LABELS: Record<string, string> = {
  title: "Title",
  summary: "Summary",
  status: "Status",
  eventDate: "Date",
  endDate: "End date",
  datePrecision: "Date precision",
  countryIso3: "Country",
  province: "Province",
  district: "District",
  location: "Place",
  latitude: "Latitude",
  longitude: "Longitude",
  geoPrecision: "Location precision",
  eventType: "Event type",
  subEventType: "Sub-event type",
  attackType: "Attack type",
  targetType: "Target type",
  target: "Target",
  weaponType: "Weapon type",
  weaponSubtype: "Weapon sub-type",
  sources: "Sources",
  actors: "Actors",
  claims: "Claims",
  form: "",
};

const ROW_FIELDS: Record<string, Record<string, string>> = {
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

const ROW_NOUN: Record<string, string> = { sources: "Source", actors: "Actor", claims: "Claim" };
const COUNTS: Record<string, string> = { total: "total", low: "low estimate", high: "high estimate" };

export function fieldLabel(name: string): string {
  if (name in LABELS) return LABELS[name]!;
  const [group, second, third] = name.split(".");
  if (group === "killed" || group === "injured") {
    const part = COUNTS[second!] ?? CASUALTY_CATEGORIES[second as keyof typeof CASUALTY_CATEGORIES]?.toLowerCase() ?? second;
    return `${group === "killed" ? "Killed" : "Injured"}, ${part}`;
  }
  if (group && ROW_NOUN[group] && /^\d+$/.test(second ?? "")) {
    const field = ROW_FIELDS[group]![third ?? ""] ?? third ?? "";
    return `${ROW_NOUN[group]} ${Number(second) + 1}, ${field === field.toUpperCase() ? field : field.toLowerCase()}`;
  }
  return name;
}

/** Where a problem with a whole list is fixed: the list's Add button. */
export function fieldTarget(name: string): string {
  return name === "sources" || name === "actors" || name === "claims" ? `${name}.add` : name;
}

// The order fields appear in the form, so the error summary lists problems top to bottom.
const FORM_ORDER = [
  "form", "title", "summary", "eventType", "subEventType", "attackType", "targetType", "target", "weaponType", "weaponSubtype",
  "eventDate", "datePrecision", "endDate", "location", "district", "province", "countryIso3", "latitude", "longitude",
  "geoPrecision", "killed", "injured", "actors", "sources", "claims", "status",
];
const COUNT_ORDER = ["total", "securityForces", "civilians", "militants", "unknown", "low", "high"];

export function fieldOrder(name: string): number {
  const [top = "", second = "", third = ""] = name.split(".");
  const base = (FORM_ORDER.indexOf(top) + 1) * 100_000;
  if (top === "killed" || top === "injured") return base + COUNT_ORDER.indexOf(second);
  if (ROW_FIELDS[top] && /^\d+$/.test(second)) return base + (Number(second) + 1) * 100 + Object.keys(ROW_FIELDS[top]!).indexOf(third) + 1;
  return base;
}
