import type { ImportPreview } from "@/lib/import/preview";
import { ConflictChoices, type OverwriteChoice } from "./conflict-choices";
import { ImportLinksSummary } from "./import-links-summary";
import styles from "./import.module.css";

const ACTION_LABEL = { create: "Create", update: "Update", conflict: "Conflict", reject: "Rejected" } as const;

type Props = { preview: ImportPreview; choice: OverwriteChoice; onChoice: (choice: OverwriteChoice) => void };

/** What a confirmed import would do: counts, every rejected row with its reasons, the conflicts to decide, the rows to write. */
export function ImportPreviewTables({ preview, choice, onChoice }: Props) {
  const rejected = preview.rows.filter((r) => r.action === "reject");
  const conflicts = preview.rows.filter((r) => r.action === "conflict");
  const accepted = preview.rows.filter((r) => r.action === "create" || r.action === "update");
  const { create, update, conflict, reject } = preview.counts;
  return (
    <>
      <ul className={styles.importCounts} aria-label="Import summary">
        <li>
          <strong>{create.toLocaleString("en")}</strong> to create
        </li>
        <li>
          <strong>{update.toLocaleString("en")}</strong> to update
        </li>
        {conflict > 0 && (
          <li className={styles.rejected}>
            <strong>{conflict.toLocaleString("en")}</strong> saved since the export
          </li>
        )}
        <li className={reject ? styles.rejected : undefined}>
          <strong>{reject.toLocaleString("en")}</strong> rejected
        </li>
      </ul>
      <ImportLinksSummary summary={preview.links} />
      {rejected.length > 0 && (
        <div className="table-wrap">
          <table className="data">
            <caption>Rejected rows: these will not be imported</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {rejected.map((r) => (
                <tr key={r.where}>
                  <td className="nowrap">{r.where}</td>
                  <td>{r.reasons.join("; ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {reject > rejected.length && <p className="muted">…and {(reject - rejected.length).toLocaleString("en")} more rejected rows.</p>}
      {conflict > 0 && <ConflictChoices rows={conflicts} total={conflict} choice={choice} onChange={onChoice} />}
      {accepted.length > 0 && (
        <div className="table-wrap">
          <table className="data">
            <caption>Rows to import</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Action</th>
                <th scope="col">Title</th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {accepted.map((r) => (
                <tr key={r.where}>
                  <td className="nowrap">{r.where}</td>
                  <td>{r.targetId ? `${ACTION_LABEL[r.action]} #${r.targetId}` : ACTION_LABEL[r.action]}</td>
                  <td>{r.title}</td>
                  <td>{r.notes.join("; ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {create + update > accepted.length && <p className="muted">…and {(create + update - accepted.length).toLocaleString("en")} more rows to import.</p>}
    </>
  );
}
