"use client";

import Link from "next/link";
import { useActionState, useState, type FormEvent } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { confirmImportAction, discardImportAction, previewImportAction } from "@/lib/import/actions";
import { CONFIRM_FIELDS, type ImportDone, type ImportFormState } from "@/lib/import/import-form";
import type { ImportPhase, ImportPreview, ImportProgress } from "@/lib/import/preview";
import { ImportPreviewTables } from "./import-preview";
import type { OverwriteChoice } from "./conflict-choices";
import { readNdjson } from "./read-ndjson";
import styles from "./import.module.css";

type State =
  | { step: "choose"; error: string | null; busy: boolean }
  | { step: "preview"; preview: ImportPreview; choice: OverwriteChoice }
  | { step: "writing"; phase: ImportPhase; done: number; total: number }
  | ({ step: "done" } & ImportDone)
  | { step: "failed"; message: string };

const CHOOSE: State = { step: "choose", error: null, busy: false };
const IDLE: ImportFormState = { status: "idle" };

/** How many rows a confirmation writes: those to create and update, and the conflicts chosen. */
const toWrite = (preview: ImportPreview, choice: OverwriteChoice) =>
  preview.counts.create + preview.counts.update + (choice === "all" ? preview.counts.conflict : choice.size);

// Without JavaScript each step is a page rendered with an action's answer already in its state.
function stateFrom(...answers: ImportFormState[]): State {
  const answer = answers.find((a) => a.status !== "idle") ?? IDLE;
  switch (answer.status) {
    case "idle":
      return CHOOSE;
    case "error":
      return { step: "choose", error: answer.message, busy: false };
    case "preview":
      return { step: "preview", preview: answer.preview, choice: new Set() };
    case "done":
      return { step: "done", ...answer.summary };
    case "failed":
      return { step: "failed", message: answer.message };
  }
}

/**
 * Upload -> preview (nothing written) -> confirm (one transaction) -> summary. With JavaScript the
 * page talks to /api/imports and shows the write's progress as it streams in; without it each form
 * posts its server action (lib/import/actions.ts) and the answer comes back as the next page.
 */
export function ImportWizard({ maxMegabytes }: { maxMegabytes: number }) {
  const [previewed, dispatchPreview] = useActionState(previewImportAction, IDLE);
  const [confirmed, dispatchConfirm] = useActionState(confirmImportAction, IDLE);
  const [discarded, dispatchDiscard] = useActionState(discardImportAction, IDLE);
  const [state, setState] = useState<State>(() => stateFrom(confirmed, discarded, previewed));
  const hydrated = useHydrated();

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setState({ step: "choose", error: file instanceof File && file.name ? "The file is empty." : "Choose a file to import.", busy: false });
      return;
    }
    setState({ step: "choose", error: null, busy: true });
    const response = await fetch("/api/imports", { method: "POST", body: form }).catch(() => null);
    const body = await response?.json().catch(() => null);
    if (!response?.ok) {
      setState({ step: "choose", error: body?.error?.message ?? "The file could not be uploaded. Try again.", busy: false });
      return;
    }
    setState({ step: "preview", preview: body as ImportPreview, choice: new Set() });
  }

  async function confirm(preview: ImportPreview, choice: OverwriteChoice) {
    setState({ step: "writing", phase: "checking", done: 0, total: toWrite(preview, choice) });
    const overwrite = choice === "all" ? "all" : [...choice];
    const response = await fetch(`/api/imports/${preview.token}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ overwrite }),
    }).catch(() => null);
    if (!response?.ok || !response.body) {
      const body = await response?.json().catch(() => null);
      setState({ step: "failed", message: body?.error?.message ?? "The import could not be started. Nothing was imported." });
      return;
    }
    await readNdjson<ImportProgress>(response.body, (line) => {
      if (line.type === "progress") setState({ step: "writing", phase: line.phase, done: line.done, total: line.total });
      else if (line.type === "done") setState({ step: "done", ...line });
      else setState({ step: "failed", message: line.message });
    });
  }

  async function cancel(preview: ImportPreview) {
    if (preview.token) await fetch(`/api/imports/${preview.token}`, { method: "DELETE" }).catch(() => null);
    setState(CHOOSE);
  }

  // Without JavaScript this form asks for a fresh /import; with it the page just goes back to the first step.
  const restartForm = (label: string) => (
    <form
      action="/import"
      onSubmit={(e) => {
        e.preventDefault();
        setState(CHOOSE);
      }}
    >
      <button className="button secondary" type="submit">
        {label}
      </button>
    </form>
  );

  switch (state.step) {
    case "choose":
      return (
        <form className={`card ${styles.importForm}`} action={dispatchPreview} onSubmit={upload} aria-busy={state.busy}>
          <label htmlFor="import-file">File to import</label>
          <input id="import-file" name="file" type="file" accept=".csv,.tsv,.txt,.geojson,.json" aria-describedby="import-file-hint" />
          <p id="import-file-hint" className="muted">
            CSV in ACLED&apos;s layout or exported by Atlas (comma, semicolon or tab separated), or GeoJSON / JSON exported by Atlas. Up to {maxMegabytes} MB.
            Nothing is written until you confirm.
          </p>
          {state.error && (
            <p className="notice error" role="alert">
              {state.error}
            </p>
          )}
          <button className="button" type="submit" disabled={state.busy}>
            {state.busy ? "Reading the file…" : "Preview import"}
          </button>
        </form>
      );
    case "preview": {
      const { preview, choice } = state;
      const count = toWrite(preview, choice);
      // Without JavaScript the count cannot follow the ticked conflicts: the button says so, and only a file with nothing to write disables it.
      const untracked = !hydrated && preview.counts.conflict > 0;
      const nothingToWrite = untracked ? false : count === 0;
      return (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview of {preview.fileName}</h2>
          <p>Read as {preview.formatLabel}. Nothing has been written yet.</p>
          <form
            action={dispatchConfirm}
            onSubmit={(e) => {
              e.preventDefault();
              confirm(preview, choice);
            }}
          >
            <input type="hidden" name={CONFIRM_FIELDS.token} value={preview.token} />
            <ImportPreviewTables preview={preview} choice={choice} onChoice={(next) => setState({ ...state, choice: next })} />
            <div className={styles.importActions}>
              <button className="button" type="submit" disabled={nothingToWrite}>
                Import {count.toLocaleString("en")} {count === 1 ? "incident" : "incidents"}
                {untracked ? " and the ticked conflicts" : ""}
              </button>
              <button
                className="button secondary"
                type="submit"
                formAction={dispatchDiscard}
                onClick={(e) => {
                  e.preventDefault();
                  cancel(preview);
                }}
              >
                Cancel
              </button>
            </div>
          </form>
        </section>
      );
    }
    case "writing": {
      const { phase, done, total } = state;
      return (
        <section className="card" aria-labelledby="writing-heading">
          <h2 id="writing-heading">Importing…</h2>
          {/* No value while checking and finishing: an indeterminate bar, since those steps have no count. */}
          <progress className={styles.importProgress} aria-label="Import progress" {...(phase === "writing" ? { value: done, max: Math.max(total, 1) } : {})} />
          <p className="muted" aria-live="polite">
            {phase === "checking" && "Checking the file again against the database…"}
            {phase === "writing" && `${done.toLocaleString("en")} of ${total.toLocaleString("en")} written (one transaction: all or nothing)`}
            {phase === "finishing" && `${total.toLocaleString("en")} written; updating the search and filter indexes, then saving…`}
          </p>
        </section>
      );
    }
    case "done":
      return (
        <section className="notice ok" role="status">
          <h2>Import complete</h2>
          <p>
            {state.created.toLocaleString("en")} created, {state.updated.toLocaleString("en")} updated.
            {state.rejected ? ` ${state.rejected.toLocaleString("en")} rejected ${state.rejected === 1 ? "row was" : "rows were"} not imported.` : ""}
            {state.conflicts
              ? ` ${state.conflicts.toLocaleString("en")} ${state.conflicts === 1 ? "row" : "rows"} saved since the export ${state.conflicts === 1 ? "was" : "were"} left as ${state.conflicts === 1 ? "it is" : "they are"}.`
              : ""}
            {state.links ? ` ${state.links.toLocaleString("en")} ${state.links === 1 ? "link" : "links"} between incidents restored.` : ""}
          </p>
          <p>
            {/* New records land as drafts (decision 017): the list of drafts shows them. */}
            <Link href="/incidents?status=draft">See the drafts</Link>
          </p>
          {restartForm("Import another file")}
        </section>
      );
    case "failed":
      return (
        <section className="notice error" role="alert">
          <h2>Import failed</h2>
          <p>{state.message}</p>
          {restartForm("Start again")}
        </section>
      );
  }
}
