"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { IncidentForm } from "@/components/incident-form/incident-form";
import type { ActorOption } from "@/lib/actors/queries.server";
import type { TileConfig } from "@/lib/map/tile-config";
import type { IncidentFormState } from "@/lib/incidents/form-state";
import type { IncidentFormValues } from "@/lib/incidents/form-data";
import type { ArticleFormInput, ArticleImportState } from "@/lib/extract/import-state";
import { reviewClaimsFromProposals, reviewFieldsFromProposals } from "@/lib/extract/review-fields";
import { articleFormValues } from "@/lib/extract/article-form-values";
import { ArticleInputForm } from "./article-input-form";
import { ProposalReview, type Review } from "./proposal-review";
import { MatchingIncidents, type AddSourceAction } from "./matching-incidents";

type Props = {
  extract: (state: ArticleImportState, formData: FormData) => Promise<ArticleImportState>;
  addSource: AddSourceAction;
  create: (state: IncidentFormState, formData: FormData) => Promise<IncidentFormState>;
  tiles: TileConfig;
  actors: ActorOption[];
};

type Step = "article" | "review" | "form";
const TITLES: Record<Step, string> = { article: "1. The article", review: "2. Review the proposals", form: "3. Complete the record" };

/**
 * A new incident from a news article: paste it, review what Atlas proposes with the sentence each
 * value came from, then finish in the normal incident form. Everything stays in this page's state,
 * so going back a step loses nothing.
 */
export function ArticleImport({ extract, addSource, create, tiles, actors }: Props) {
  const [state, dispatch, pending] = useActionState(extract, { status: "idle" });
  const [input, setInput] = useState<ArticleFormInput>({ text: "", url: "", publishedAt: "" });
  const [step, setStep] = useState<Step>("article");
  const [review, setReview] = useState<Review>({ fields: [], claims: [] });
  const [formValues, setFormValues] = useState<IncidentFormValues | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // New proposals from the server start a fresh review (React's "adjust state on prop change").
  const [seenState, setSeenState] = useState(state);
  if (state !== seenState) {
    setSeenState(state);
    if (state.status === "review") {
      setReview({ fields: reviewFieldsFromProposals(state.proposals), claims: reviewClaimsFromProposals(state.proposals) });
      setStep("review");
    }
  }
  // Moving to another step puts focus on its heading, so keyboard and screen reader users follow.
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: "start" });
  }, [step]);

  const errors = state.status === "error" ? state.fieldErrors : {};
  const value = (name: string) => review.fields.find((f) => f.name === name && f.use)?.value ?? "";

  return (
    <>
      <h2 ref={headingRef} tabIndex={-1} className="step-heading">
        {TITLES[step]}
      </h2>
      {step === "article" ? <ArticleInputForm values={input} onChange={setInput} errors={errors} pending={pending} dispatch={dispatch} /> : null}
      {step === "review" && state.status === "review" ? (
        <>
          <MatchingIncidents
            duplicates={state.duplicates}
            article={state.article}
            outlet={value("sources.0.outlet")}
            headline={value("sources.0.headline")}
            addSource={addSource}
          />
          <p className="muted">Accept, edit or clear each value; only the values marked “Use this value” go into the form.</p>
          <ProposalReview article={state.article} review={review} onChange={setReview} />
          <div className="form-actions-inline">
            <button
              type="button"
              className="button"
              onClick={() => {
                setFormValues(articleFormValues(state.article, review.fields, review.claims));
                setStep("form");
              }}
            >
              Continue to the form
            </button>
            <button type="button" className="button secondary" onClick={() => setStep("article")}>
              Edit the article
            </button>
          </div>
        </>
      ) : null}
      {step === "form" && formValues ? (
        <>
          <p>
            <button type="button" className="button secondary small" onClick={() => setStep("review")}>
              Back to the proposals
            </button>
          </p>
          <IncidentForm action={create} initialValues={formValues} tiles={tiles} actors={actors} submitLabel="Save incident" cancelHref="/incidents" />
        </>
      ) : null}
    </>
  );
}
