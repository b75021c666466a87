"use client";

import Link from "next/link";
import { SubmitButton } from "@/components/forms/submit-button";
import type { PossibleDuplicate } from "@/lib/incidents/duplicates/find-duplicates";
import type { AddSourceState } from "@/lib/extract/import-state";
import type { ParsedExtractInput } from "@/lib/extract/schema";
import { formatDay } from "@/lib/dates/format-date";
import type { SourceReportInput } from "@/lib/sources/report/report-schema";
import { reportFormValues } from "@/lib/incidents/form/report-form-values";
import styles from "./article-import.module.css";

export type AddSourceAction = (state: AddSourceState, formData: FormData) => Promise<AddSourceState>;

type Props = {
  duplicates: PossibleDuplicate[];
  article: ParsedExtractInput;
  outlet: string;
  headline: string;
  /** The article's figures as reviewed, each with its sentence: they become the new source's report. */
  report: SourceReportInput;
  /** The add-source action's state and dispatch: the page holds them (article-import.tsx says why). */
  state: AddSourceState;
  dispatch: (formData: FormData) => void;
};

function MatchingIncident({ incident, article, outlet, headline, report, state, dispatch }: Omit<Props, "duplicates"> & { incident: PossibleDuplicate }) {
  const reportInputs = Object.entries(reportFormValues("", report)).filter(([, value]) => value !== "");
  return (
    <li>
      <Link href={`/incidents/${incident.id}`}>{incident.title}</Link>{" "}
      <span className="muted">
        {formatDay(incident.eventDate)}
        {incident.location ? ` · ${incident.location}` : ""} · {incident.distanceKm.toFixed(1)} km away
      </span>
      <form action={dispatch} className={styles.addSourceForm}>
        {/* The incident travels in a hidden field, not `.bind()` (lib/auth/schema.ts says why). */}
        <input type="hidden" name="incidentId" value={incident.id} />
        <input type="hidden" name="text" value={article.text} />
        <input type="hidden" name="url" value={article.url ?? ""} />
        <input type="hidden" name="publishedAt" value={article.publishedAt ?? ""} />
        <input type="hidden" name="outlet" value={outlet} />
        <input type="hidden" name="headline" value={headline} />
        {reportInputs.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <SubmitButton className="button secondary small" pendingLabel="Adding the source…" disabled={!article.url}>
          Add this article as a source to that incident
        </SubmitButton>
        {state.status === "error" && state.incidentId === incident.id ? (
          <p className="field-error" role="alert">
            {state.message}
          </p>
        ) : null}
      </form>
    </li>
  );
}

/** Incidents of the proposed day (±1) within 25 km: the article may report one of them. */
export function MatchingIncidents({ duplicates, ...rest }: Props) {
  if (!duplicates.length) return null;
  return (
    <section className={`notice ${styles.matchingIncidents}`} aria-labelledby="matching-title">
      <h3 id="matching-title">This article may report an incident already in the atlas</h3>
      <p>
        Recorded within a day of the proposed date and 25 km of the proposed place. If it is the same event, add the article to it instead of creating a new
        record: its figures below, with their sentences, become that source&apos;s report, and the incident&apos;s own figures are not changed.
        {rest.article.url ? "" : " Enter the article's URL first: a source needs one."}
      </p>
      <ul>
        {duplicates.map((d) => (
          <MatchingIncident key={d.id} incident={d} {...rest} />
        ))}
      </ul>
    </section>
  );
}
