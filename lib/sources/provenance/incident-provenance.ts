import { REPORTED_FIELDS, type ReportedField } from "@/lib/sources/report/reported-fields";
import { REPORTED_FACTS, factWithin, sameFact, type ReportedFactPath } from "@/lib/sources/report/reported-facts";
import type { SourceReport } from "@/lib/sources/report/report-schema";
import { sourceRef } from "@/lib/sources/schema";
import { sameRef, type CodedFigures } from "@/lib/sources/coding/coded-figures";
import { codedFigureWords } from "@/lib/sources/coding/coded-figure-words";

/** A source as provenance reads it: the report it gives (`id` is the source's id, the report's id within the incident). */
export type ProvenanceSource = {
  id: number;
  url: string | null;
  datasetRecord?: string | null;
  outlet: string;
  publishedAt: string | null;
  report: SourceReport;
};

/** One source's statement of a field: its value, its quote, and whether the coded value rests on it. */
export type Statement = {
  reportId: number;
  outlet: string;
  /** An article's URL, or null for a dataset record (then `datasetRecord` names it). */
  url: string | null;
  datasetRecord: string | null;
  originator: string | null;
  value: number | string;
  quote: string | null;
  basis: boolean;
};

/**
 * Where one coded value comes from (issue #13, part 4):
 * - "reports": it rests on the reports listed in `reportIds` (a figure by the coding rule, a fact
 *   because those sources state it);
 * - "analyst": set by the analyst, with `reason`;
 * - "entered": as the analyst entered it, with no source stating it (`statements` may still list
 *   sources that state something else).
 * `words` says it as the incident page does.
 */
export type FieldProvenance = {
  field: ReportedField | ReportedFactPath;
  label: string;
  value: number | string | null;
  rule: "reports" | "analyst" | "entered";
  reason: string | null;
  reportIds: number[];
  statements: Statement[];
  words: string;
};

export type IncidentProvenance = Record<ReportedField | ReportedFactPath, FieldProvenance>;

type Record_ = {
  eventDate: string;
  endDate: string | null;
  location: string | null;
  district: string | null;
  actors: readonly { name: string; role: string }[];
  sources: readonly ProvenanceSource[];
};

function figureProvenance(path: ReportedField, label: string, coded: CodedFigures, sources: readonly ProvenanceSource[]): FieldProvenance {
  const c = coded[path];
  const statements: Statement[] = sources.flatMap((s) => {
    const f = s.report.figures[path];
    if (!f) return [];
    const basis = c.rule === "reports" && c.basis !== null && sameRef(c.basis.ref, sourceRef(s));
    return [
      {
        reportId: s.id,
        outlet: s.outlet,
        url: s.url,
        datasetRecord: s.datasetRecord ?? null,
        originator: s.report.originator,
        value: f.value,
        quote: f.quote,
        basis,
      },
    ];
  });
  const reportIds = statements.filter((s) => s.basis).map((s) => s.reportId);
  return { field: path, label, value: c.value, rule: c.rule, reason: c.reason, reportIds, statements, words: codedFigureWords(c) };
}

/** Whether a source's statement of a fact agrees with the record's value. */
function agrees(path: ReportedFactPath, stated: string, r: Record_): boolean {
  if (path === "eventDate") return stated === r.eventDate || (r.endDate !== null && stated >= r.eventDate && stated <= r.endDate);
  // A source naming the place less precisely ("Mir Ali" for "Mir Ali (Khaddi market area)", or the district) agrees.
  if (path === "location") return [r.location, r.district].some((v) => v !== null && (sameFact(v, stated) || factWithin(stated, v)));
  return r.actors.some((a) => a.role === "perpetrator" && sameFact(a.name, stated));
}

function recordValue(path: ReportedFactPath, r: Record_): string | null {
  if (path === "eventDate") return r.endDate ? `${r.eventDate}/${r.endDate}` : r.eventDate;
  if (path === "location") return r.location;
  const names = r.actors.filter((a) => a.role === "perpetrator").map((a) => a.name);
  return names.length ? names.join(", ") : null;
}

function factProvenance(path: ReportedFactPath, label: string, r: Record_): FieldProvenance {
  const statements: Statement[] = r.sources.flatMap((s) => {
    const f = s.report.facts[path];
    return f
      ? [
          {
            reportId: s.id,
            outlet: s.outlet,
            url: s.url,
            datasetRecord: s.datasetRecord ?? null,
            originator: s.report.originator,
            value: f.value,
            quote: f.quote,
            basis: agrees(path, f.value, r),
          },
        ]
      : [];
  });
  const reportIds = statements.filter((s) => s.basis).map((s) => s.reportId);
  const value = recordValue(path, r);
  const others = statements.filter((s) => !s.basis);
  const differ = others.length ? `; ${others.length} source${others.length === 1 ? " says" : "s say"} otherwise` : "";
  const words =
    reportIds.length > 0
      ? `as ${reportIds.length} source${reportIds.length === 1 ? "" : "s"} state${reportIds.length === 1 ? "s" : ""} it${differ}`
      : statements.length > 0
        ? `entered by the analyst; no source states it${differ}`
        : "entered by the analyst; no source's statement of it is entered";
  return { field: path, label, value, rule: reportIds.length ? "reports" : "entered", reason: null, reportIds, statements, words };
}

/** Every coded figure, the date, the place and the perpetrator, each with the reports and quotes behind it. */
export function incidentProvenance(r: Record_, coded: CodedFigures): IncidentProvenance {
  const out = {} as IncidentProvenance;
  for (const f of REPORTED_FIELDS) out[f.path] = figureProvenance(f.path, f.label, coded, r.sources);
  for (const f of REPORTED_FACTS) out[f.path] = factProvenance(f.path, f.label, r);
  return out;
}
