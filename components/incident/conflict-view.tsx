import type { IncidentFormState } from "@/lib/incidents/form/form-state";
import { CONFLICT_FIELDS, choiceField } from "@/lib/incidents/conflicts/conflict-form";
import { formatDateTime } from "@/lib/dates/format-date-time";
import { SubmitButton } from "@/components/forms/submit-button";
import styles from "./conflict-view.module.css";

type ConflictState = Extract<IncidentFormState, { status: "conflict" }>;

/** The conflict as the save reported it (lib/incidents/form/form-state.ts), and where the merge posts. */
type Props = Omit<ConflictState, "status" | "values"> & {
  action: (formData: FormData) => void | Promise<void>;
};

const KEPT = { them: "Their change is kept", me: "Your change is kept" } as const;

/**
 * Shown instead of saving when someone else saved the incident meanwhile: each field that differs,
 * theirs beside yours. Where only one of you changed a field, that change is kept; where you both
 * did, you choose (yours is preselected). Saving applies the merge on top of their version.
 */
export function ConflictView({ conflicts, currentVersion, baseVersion, theirEditor, theirAt, mineJson, action }: Props) {
  return (
    <section className="conflict-view" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">Someone else saved this incident while you were editing</h2>
      <p role="alert" className="notice">
        {theirEditor} saved version {currentVersion}
        {theirAt ? ` at ${formatDateTime(theirAt)}` : ""}. Your changes are not saved yet. Compare them below and choose what to keep.
      </p>
      <form action={action}>
        <input type="hidden" name={CONFLICT_FIELDS.mine} value={mineJson} />
        <input type="hidden" name={CONFLICT_FIELDS.version} value={currentVersion} />
        <input type="hidden" name={CONFLICT_FIELDS.base} value={baseVersion} />
        <div className="table-wrap">
          <table className={`data ${styles.conflictTable}`}>
            <caption className="visually-hidden">Fields that differ between their version and yours</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Their version</th>
                <th scope="col">Your version</th>
                <th scope="col">Keep</th>
              </tr>
            </thead>
            <tbody>
              {conflicts.map((c) => (
                <tr key={c.unit} className={c.changedBy === "both" ? styles.conflictBoth : undefined}>
                  <th scope="row">{c.label}</th>
                  <td>{c.theirs}</td>
                  <td>{c.mine}</td>
                  <td>
                    {c.changedBy === "both" ? (
                      <fieldset className={styles.conflictChoice}>
                        <legend className="visually-hidden">{`Keep which ${c.label}?`}</legend>
                        <label>
                          <input type="radio" name={choiceField(c.unit)} value="theirs" /> Theirs
                        </label>
                        <label>
                          <input type="radio" name={choiceField(c.unit)} value="mine" defaultChecked /> Yours
                        </label>
                      </fieldset>
                    ) : (
                      KEPT[c.changedBy]
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          <SubmitButton pendingLabel="Saving…">Save the merged version</SubmitButton>
        </p>
      </form>
    </section>
  );
}
