import { CASUALTY_COUNTS, CASUALTY_COUNT_LABELS, FIELD_LABELS } from "@/lib/incidents/field-labels";

/**
 * What the audit diff and the version check compare: the shape both a saved record (through
 * recordToInput) and a submitted save (IncidentData) have. Record keeping (id, version, times) is
 * left out on purpose: it changes on every save and is not something an analyst edited.
 */
type Count = number | null | undefined;
type Text = string | null | undefined;

export type DiffableIncident = {
  title: string;
  summary?: Text;
  status?: Text;
  eventDate: string;
  endDate?: Text;
  datePrecision?: Text;
  countryIso3: string;
  province?: Text;
  district?: Text;
  location?: Text;
  latitude?: Count;
  longitude?: Count;
  geoPrecision?: Text;
  eventType: string;
  subEventType?: Text;
  attackType?: Text;
  targetType?: Text;
  target?: Text;
  weaponType?: Text;
  weaponSubtype?: Text;
  suicide?: boolean | null;
  killed?: Partial<Record<"total" | "securityForces" | "civilians" | "militants" | "unknown" | "low" | "high", Count>>;
  injured?: Partial<Record<"total" | "securityForces" | "civilians" | "militants" | "unknown", Count>>;
  sources?: { url: string; outlet: string; headline?: Text; publishedAt?: Text; language?: Text; quote?: Text; notes?: Text }[];
  actors?: { name: string; kind?: Text; role: string; certainty: string }[];
  claims?: { kind: string; claimantName: string; claimantRole?: Text; subject: string; statement: string; madeOn?: Text; sourceUrl?: Text }[];
};

export type ScalarValue = string | number | boolean | null;

/** The single-valued fields in form order, with the words the history uses for them (field-labels.ts). */
export const SCALAR_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(FIELD_LABELS).map(([path, label]) => [path, label.toLowerCase()])),
  ...Object.fromEntries(
    (["killed", "injured"] as const).flatMap((group) => CASUALTY_COUNTS[group].map((count) => [`${group}.${count}`, `${group} (${CASUALTY_COUNT_LABELS[count]})`])),
  ),
};

const empty = (v: unknown): ScalarValue => (v === undefined || v === "" ? null : (v as ScalarValue));

/** Every single-valued field of an incident by its path ("killed.securityForces"); "" and missing are null. */
export function scalarFields(x: DiffableIncident): Record<string, ScalarValue> {
  const out: Record<string, ScalarValue> = {};
  for (const path of Object.keys(SCALAR_LABELS)) {
    const [group, key] = path.split(".") as [string, string | undefined];
    const holder = x as unknown as Record<string, unknown>;
    const value = key ? (holder[group] as Record<string, unknown> | undefined)?.[key] : holder[group];
    out[path] = path === "suicide" ? !!value : empty(value);
  }
  return out;
}
