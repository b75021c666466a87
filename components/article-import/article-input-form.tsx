"use client";

import { startTransition, type FormEvent } from "react";
import { TextAreaField, TextField } from "@/components/forms/text-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ArticleFormInput } from "@/lib/extract/import-state";
import { MAX_ARTICLE_CHARS } from "@/lib/extract/schema";
import type { FieldErrors } from "@/lib/validation/field-errors";
import styles from "./article-import.module.css";
import formActions from "@/components/forms/form-actions.module.css";

type Props = {
  values: ArticleFormInput;
  onChange: (values: ArticleFormInput) => void;
  errors: FieldErrors;
  pending: boolean;
  dispatch: (formData: FormData) => void;
};

/** Step 1: the article's text, URL and date. The server checks them with the extractor's schema. */
export function ArticleInputForm({ values, onChange, errors, pending, dispatch }: Props) {
  const bind = (name: keyof ArticleFormInput) => ({
    name,
    value: values[name],
    onValueChange: (v: string) => onChange({ ...values, [name]: v }),
    errors: errors[name],
  });
  // Submitted by hand so React does not reset the form: what was typed stays if the server objects.
  // Without JavaScript, `action` posts it directly and the page comes back at the next step.
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formData = new FormData(e.currentTarget);
    startTransition(() => dispatch(formData));
  };
  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate className={`card ${styles.articleInputForm}`} aria-busy={pending || undefined}>
      {errors.form?.length ? (
        <p className="notice error" role="alert">
          {errors.form.join(" ")}
        </p>
      ) : null}
      <TextAreaField
        {...bind("text")}
        label="Article text"
        hint="Paste the whole article, headline first. It is kept with the source as its archived copy."
        rows={14}
        maxLength={MAX_ARTICLE_CHARS}
        className="wide"
      />
      <div className="field-row">
        <TextField {...bind("url")} type="url" inputMode="url" label="Article URL" hint="The outlet is proposed from it" className="grow" />
        <TextField {...bind("publishedAt")} type="date" label="Published" hint="If known: dates like “on Saturday” are read from it" />
      </div>
      <div className={formActions.formActionsInline}>
        <SubmitButton pendingLabel="Reading the article…">Propose values</SubmitButton>
        <p role="status" className="muted">
          {pending ? "Reading the article and looking for matching incidents…" : ""}
        </p>
      </div>
    </form>
  );
}
