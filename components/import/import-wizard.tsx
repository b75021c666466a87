"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import type { ImportPhase, ImportPreview, ImportProgress } from "@/lib/import/preview";
import { ImportPreviewTables } from "./import-preview";
import type { OverwriteChoice } from "./conflict-choices";
import { readNdjson } from "./read-ndjson";

type State =
  | { step: "choose"; error: string | null; busy: boolean }
  | { step: "preview"; preview: ImportPreview; choice: OverwriteChoice }
  | { step: "writing"; phase: ImportPhase; done: number; total: number }
  | { step: "done"; created: number; updated: number; rejected: number; conflicts: number }
  | { step: "failed"; message: string };

/** How many rows a confirmation writes: those to create and update, and the conflicts chosen. */
const toWrite = (preview: ImportPreview, choice: OverwriteChoice) =>
  preview.counts.create + preview.counts.update + (choice === "all" ? preview.counts.conflict : choice.size);

/** Upload -> preview (nothing written) -> confirm (one transaction, with progress) -> summary. */
export function ImportWizard({ maxMegabytes }: { maxMegabytes: number }) {
  const [state, setState] = useState<State>({ step: "choose", error: null, busy: false });

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
    setState({ step: "choose", error: null, busy: false });
  }

  const restart = () => setState({ step: "choose", error: null, busy: false });

  switch (state.step) {
    case "choose":
      return (
        <form className="card import-form" onSubmit={upload} aria-busy={state.busy}>
          <label htmlFor="import-file">File to import</label>
          <input id="import-file" name="file" type="file" accept=".csv,.tsv,.txt,.geojson,.json" aria-describedby="import-file-hint" />
          <p id="import-file-hint" className="muted">
            CSV in ACLED&apos;s layout or exported by Atlas (comma, semicolon or tab separated), or GeoJSON / JSON exported by Atlas.
            Up to {maxMegabytes} MB. Nothing is written until you confirm.
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
      return (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview of {preview.fileName}</h2>
          <p>
            Read as {preview.formatLabel}. Nothing has been written yet.
          </p>
          <ImportPreviewTables preview={preview} choice={choice} onChoice={(next) => setState({ ...state, choice: next })} />
          <div className="import-actions">
            <button className="button" type="button" disabled={count === 0} onClick={() => confirm(preview, choice)}>
              Import {count.toLocaleString("en")} {count === 1 ? "incident" : "incidents"}
            </button>
            <button className="button secondary" type="button" onClick={() => cancel(preview)}>
              Cancel
            </button>
          </div>
        </section>
      );
    }
    case "writing": {
      const { phase, done, total } = state;
      return (
        <section className="card" aria-labelledby="writing-heading">
          <h2 id="writing-heading">Importing…</h2>
          {/* No value while checking and finishing: an indeterminate bar, since those steps have no count. */}
          <progress className="import-progress" aria-label="Import progress" {...(phase === "writing" ? { value: done, max: Math.max(total, 1) } : {})} />
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
          </p>
          <p>
            <Link href="/incidents">See the incidents</Link> ·{" "}
            <button className="button secondary" type="button" onClick={restart}>
              Import another file
            </button>
          </p>
        </section>
      );
    case "failed":
      return (
        <section className="notice error" role="alert">
          <h2>Import failed</h2>
          <p>{state.message}</p>
          <button className="button secondary" type="button" onClick={restart}>
            Start again
          </button>
        </section>
      );
  }
}
