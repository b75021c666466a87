"use client";

import { startTransition, useEffect, useRef, useState, type FormEvent } from "react";
import { flushSync } from "react-dom";
import Link from "next/link";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { formValuesFromFormData, incidentFromFormValues, type IncidentFormValues } from "@/lib/incidents/form/form-data";
import type { IncidentFormState } from "@/lib/incidents/form/form-state";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { STATUSES, type Status } from "@/lib/taxonomy/statuses";
import type { ActorOption } from "@/lib/actors/queries.server";
import type { TileConfig } from "@/lib/map/tile-config";
import { useIncidentForm } from "./use-incident-form";
import { fieldLabel, fieldOrder, fieldTarget } from "./field-labels";
import { WhatSection } from "./what-section";
import { WhenSection } from "./when-section";
import { WhereSection } from "./where-section";
import { CasualtiesSection } from "./casualties-section";
import { ActorsSection } from "./actors-section";
import { ClaimsSection } from "./claims-section";
import { SourcesSection } from "./sources-section";
import { DuplicateWarning } from "./duplicate-warning";
import { ConflictView } from "@/components/incident/conflict-view";
import styles from "./incident-form.module.css";

type Props = {
  state: IncidentFormState;
  dispatch: (formData: FormData) => void;
  initialValues: IncidentFormValues;
  tiles: TileConfig;
  actors: ActorOption[];
  submitLabel: string;
  cancelHref: string;
};

export type IncidentFormViewProps = Props;

/**
 * The one form for creating and editing an incident. The shared schema checks it before it is sent
 * (instant messages) and the server action checks it again; either way the errors come back by
 * field and everything typed stays in place.
 */
export function IncidentFormView({ state, dispatch, initialValues, tiles, actors, submitLabel, cancelHref }: Props) {
  // Without JavaScript the page is rendered with the server's answer already in `state`: start from its errors.
  const form = useIncidentForm(state.status === "idle" ? initialValues : state.values, state.status === "error" ? state.fieldErrors : {});
  const summaryRef = useRef<HTMLDivElement>(null);
  const duplicateRef = useRef<HTMLDivElement>(null);

  // A new answer from the server replaces the errors shown (React's "adjust state on prop change").
  const [seenState, setSeenState] = useState(state);
  if (state !== seenState) {
    setSeenState(state);
    form.setErrors(state.status === "error" ? state.fieldErrors : {});
  }
  useEffect(() => {
    if (state.status === "error") summaryRef.current?.focus();
    if (state.status === "duplicates") duplicateRef.current?.focus();
  }, [state]);

  // Submitting is handled here so the form is not reset (React resets forms after an action) and
  // the schema can answer before the server does. Without JavaScript, `action` posts it directly.
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formData = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    const result = IncidentInputSchema.safeParse(incidentFromFormValues(formValuesFromFormData(formData)));
    if (!result.success) {
      flushSync(() => form.setErrors(toFieldErrors(result.error)));
      summaryRef.current?.focus();
      return;
    }
    form.setErrors({});
    startTransition(() => dispatch(formData));
  };

  return (
    <>
      {state.status === "conflict" ? (
        <ConflictView
          conflicts={state.conflicts}
          currentVersion={state.currentVersion}
          baseVersion={state.baseVersion}
          theirEditor={state.theirEditor}
          theirAt={state.theirAt}
          mineJson={state.mineJson}
          action={dispatch}
        />
      ) : null}
      <form action={dispatch} onSubmit={onSubmit} noValidate className={styles.incidentForm}>
        <ErrorSummary ref={summaryRef} errors={form.errors} labelFor={fieldLabel} targetFor={fieldTarget} orderOf={fieldOrder} />
        {state.status === "duplicates" ? <DuplicateWarning ref={duplicateRef} duplicates={state.duplicates} /> : null}
        <input type="hidden" name="version" value={form.value("version")} />
        <WhatSection form={form} />
        <WhenSection form={form} />
        <WhereSection form={form} tiles={tiles} />
        <CasualtiesSection form={form} />
        <ActorsSection form={form} actors={actors} />
        <SourcesSection form={form} />
        <ClaimsSection form={form} />
        <div className={`${styles.formActions} card`}>
          {/* The status is not set here: a new record is a draft and review publishes it (decision 017). */}
          <input type="hidden" name="status" value={initialValues.status ?? "draft"} />
          <p className={`muted ${styles.statusNote}`}>
            {initialValues.version
              ? `Status: ${STATUSES[(initialValues.status as Status | undefined) ?? "draft"]}. Saving keeps it; review steps are on the record's page.`
              : "Saved as a draft, seen by analysts and admins only. Submit it for review from its page; publishing needs at least one source."}
          </p>
          <SubmitButton>{submitLabel}</SubmitButton>
          <Link href={cancelHref} className="button secondary">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
