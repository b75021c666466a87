"use client";

import { CONFIRM_FIELDS } from "@/lib/import/import-form";
import type { PreviewRow } from "@/lib/import/preview";
import styles from "./conflict-choices.module.css";

/** Which conflicting rows to write over newer edits: every one, or those ticked (by incident id). */
export type OverwriteChoice = "all" | ReadonlySet<number>;

type Props = { rows: PreviewRow[]; total: number; choice: OverwriteChoice; onChange: (choice: OverwriteChoice) => void };

const versions = ({ exportedVersion, currentVersion }: NonNullable<PreviewRow["conflict"]>) =>
  `${exportedVersion === null ? "Exported at an unknown version" : `Exported at version ${exportedVersion}`}, now version ${currentVersion}`;

/**
 * Rows of the file whose record was saved after the file was exported: importing them would undo
 * those edits, so they are kept out unless the analyst ticks them (lib/import/version-conflict.ts).
 * The boxes are named so that, without JavaScript, the confirm form posts what was ticked.
 */
export function ConflictChoices({ rows, total, choice, onChange }: Props) {
  const ticked = (id: number) => choice === "all" || choice.has(id);
  const toggle = (id: number, on: boolean) => {
    const next = new Set(choice === "all" ? rows.map((r) => r.targetId!) : choice);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <section className={styles.conflicts} aria-labelledby="conflicts-heading">
      <h3 id="conflicts-heading">Saved since this file was exported</h3>
      <p>
        {total === 1
          ? "This row would undo edits made after the export. It is not imported unless you choose to overwrite them."
          : `These ${total.toLocaleString("en")} rows would undo edits made after the export. They are not imported unless you choose to overwrite those edits.`}
      </p>
      <label className={styles.all}>
        <input
          type="checkbox"
          name={CONFIRM_FIELDS.overwriteAll}
          value="all"
          checked={choice === "all"}
          onChange={(e) => onChange(e.target.checked ? "all" : new Set())}
        />
        {total === 1 ? "Overwrite with the file's row" : `Overwrite all ${total.toLocaleString("en")} conflicts with the file's rows`}
      </label>
      <div className="table-wrap">
        <table className="data">
          <caption>Conflicts: newer edits that the file would overwrite</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Incident</th>
              <th scope="col">Versions</th>
              <th scope="col">Changed since the export</th>
              <th scope="col">Overwrite</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.where}>
                <td className="nowrap">{r.where}</td>
                <td>
                  #{r.targetId} {r.title}
                </td>
                <td>{versions(r.conflict!)}</td>
                <td>
                  {r.conflict!.changes.length ? (
                    <ul className={styles.changes}>
                      {r.conflict!.changes.map((c, i) => (
                        <li key={i}>{c}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">Not recorded</span>
                  )}
                  {r.conflict!.changedBy.length ? <span className="muted">by {r.conflict!.changedBy.join(", ")}</span> : null}
                </td>
                <td>
                  <input
                    type="checkbox"
                    name={CONFIRM_FIELDS.overwrite}
                    value={r.targetId!}
                    aria-label={`Overwrite incident ${r.targetId} with ${r.where}`}
                    checked={ticked(r.targetId!)}
                    onChange={(e) => toggle(r.targetId!, e.target.checked)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > rows.length && (
        <p className="muted">…and {(total - rows.length).toLocaleString("en")} more conflicts, which only &ldquo;Overwrite all&rdquo; includes.</p>
      )}
    </section>
  );
}
