"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { IncidentFormView } from "@/components/incident-form/incident-form-view";
import type { ActorOption } from "@/lib/actors/queries.server";
import type { TileConfig } from "@/lib/map/tile-config";
import type { IncidentFormState } from "@/lib/incidents/form/form-state";
import type { IncidentFormValues } from "@/lib/incidents/form/form-data";
import { REVIEW_INTENT, type AddSourceState, type ArticleFormInput, type ArticleImportState, type ReviewState } from "@/lib/extract/import-state";
import { reviewClaimsFromProposals, reviewFieldsFromProposals } from "@/lib/extract/review-fields";
import { articleFormValues } from "@/lib/extract/article-form-values";
import { reportFromReview } from "@/lib/extract/report-from-review";
import { ArticleInputForm } from "./article-input-form";
import { ProposalReview, type Review } from "./proposal-review";
import { MatchingIncidents, type AddSourceAction } from "./matching-incidents";
import styles from "./article-import.module.css";
import formActions from "@/components/forms/form-actions.module.css";

type Props = {
  extract: (state: ArticleImportState, formData: FormData) => Promise<ArticleImportState>;
  addSource: AddSourceAction;
  create: (state: IncidentFormState, formData: FormData) => Promise<IncidentFormState>;
  tiles: TileConfig;
  actors: ActorOption[];
};

type Step = "article" | "review" | "form";
const TITLES: Record<Step, string> = { article: "1. The article", review: "2. Review the proposals", form: "3. Complete the record" };
const NO_ARTICLE: ArticleFormInput = { text: "", url: "", publishedAt: "" };

/**
 * The review step on show: the article's, or, when adding the article to an existing incident was
 * refused on a page posted without JavaScript, the one that action read again to show the refusal on.
 */
const reviewStateOf = (state: ArticleImportState, added: AddSourceState): ReviewState | null =>
  state.status === "review" ? state : added.status === "error" ? added.review : null;

// Without JavaScript each step is a page rendered with the server's answer already in the action
// states, so the step, its values and the review start from those answers.
function stepFor(state: ArticleImportState, created: IncidentFormState, review: ReviewState | null): Step {
  if (created.status !== "idle" || state.status === "form") return "form";
  return review ? "review" : "article";
}
const reviewFor = (state: ReviewState | null): Review =>
  state ? { fields: reviewFieldsFromProposals(state.proposals), claims: reviewClaimsFromProposals(state.proposals) } : { fields: [], claims: [] };

/**
 * A new incident from a news article: paste it, review what Atlas proposes with the sentence each
 * value came from, then finish in the normal incident form. With JavaScript everything stays in this
 * page's state, so going back a step loses nothing; without it each step posts its form.
 */
export function ArticleImport({ extract, addSource, create, tiles, actors }: Props) {
  const [state, dispatch, pending] = useActionState(extract, { status: "idle" });
  const [created, dispatchCreate] = useActionState(create, { status: "idle" });
  // Held here, not in each matching incident, so a refusal posted without JavaScript finds its step.
  const [added, dispatchAdd] = useActionState(addSource, { status: "idle" });
  const reviewState = reviewStateOf(state, added);
  const [input, setInput] = useState<ArticleFormInput>(() => (state.status === "error" || state.status === "edit" ? state.values : NO_ARTICLE));
  const [step, setStep] = useState<Step>(() => stepFor(state, created, reviewState));
  const [review, setReview] = useState<Review>(() => reviewFor(reviewState));
  const [formValues, setFormValues] = useState<IncidentFormValues | null>(() =>
    state.status === "form" ? state.values : created.status === "idle" ? null : created.values,
  );
  const headingRef = useRef<HTMLHeadingElement>(null);

  // New proposals from the server start a fresh review (React's "adjust state on prop change").
  const [seenState, setSeenState] = useState(state);
  if (state !== seenState) {
    setSeenState(state);
    if (state.status === "review") {
      setReview(reviewFor(state));
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

  // A refusal with no review to show it on (the article could not be read again) goes above the article form.
  const addRefusal = added.status === "error" && !added.review ? [added.message] : [];
  const errors = state.status === "error" ? state.fieldErrors : addRefusal.length ? { form: addRefusal } : {};
  const value = (name: string) => review.fields.find((f) => f.name === name && f.use)?.value ?? "";

  return (
    <>
      <h2 ref={headingRef} tabIndex={-1} className={styles.stepHeading}>
        {TITLES[step]}
      </h2>
      {step === "article" ? <ArticleInputForm values={input} onChange={setInput} errors={errors} pending={pending} dispatch={dispatch} /> : null}
      {step === "review" && reviewState ? (
        <>
          <MatchingIncidents
            duplicates={reviewState.duplicates}
            article={reviewState.article}
            outlet={value("sources.0.outlet")}
            headline={value("sources.0.headline")}
            report={reportFromReview(review.fields)}
            state={added}
            dispatch={dispatchAdd}
          />
          {/* With JavaScript the buttons move between steps here; without it the form posts the review. */}
          <form action={dispatch}>
            <input type="hidden" name="text" value={reviewState.article.text} />
            <input type="hidden" name="url" value={reviewState.article.url ?? ""} />
            <input type="hidden" name="publishedAt" value={reviewState.article.publishedAt ?? ""} />
            <p className="muted">Accept, edit or clear each value; only the values marked “Use this value” go into the form.</p>
            <ProposalReview article={reviewState.article} review={review} onChange={setReview} />
            <div className={formActions.formActionsInline}>
              <button
                type="submit"
                name={REVIEW_INTENT.field}
                value={REVIEW_INTENT.continue}
                className="button"
                onClick={(e) => {
                  e.preventDefault();
                  setFormValues(articleFormValues(reviewState.article, review.fields, review.claims));
                  setStep("form");
                }}
              >
                Continue to the form
              </button>
              <button
                type="submit"
                name={REVIEW_INTENT.field}
                value={REVIEW_INTENT.edit}
                className="button secondary"
                onClick={(e) => {
                  e.preventDefault();
                  setStep("article");
                }}
              >
                Edit the article
              </button>
            </div>
          </form>
        </>
      ) : null}
      {step === "form" && formValues ? (
        <>
          {/* The proposals are only kept in the page with JavaScript; without it the browser's Back returns to them. */}
          {state.status === "review" ? (
            <p>
              <button type="button" className="button secondary small" onClick={() => setStep("review")}>
                Back to the proposals
              </button>
            </p>
          ) : null}
          <IncidentFormView
            state={created}
            dispatch={dispatchCreate}
            initialValues={formValues}
            tiles={tiles}
            actors={actors}
            submitLabel="Save incident"
            cancelHref="/incidents"
          />
        </>
      ) : null}
    </>
  );
}
