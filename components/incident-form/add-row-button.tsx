import { errorId, fieldId } from "@/components/forms/field-id";
import styles from "./incident-form.module.css";

/** The Add button of a repeated group; a problem with the whole list ("add a source") is tied to it. */
export function AddRowButton({ group, label, errors, onAdd }: { group: string; label: string; errors?: string[]; onAdd: () => void }) {
  return (
    <div className={styles.addRow}>
      {errors?.length ? (
        <p className="field-error" id={errorId(group)}>
          {errors.join(" ")}
        </p>
      ) : null}
      <button
        type="button"
        id={fieldId(`${group}.add`)}
        className="button secondary"
        aria-describedby={errors?.length ? errorId(group) : undefined}
        onClick={onAdd}
      >
        {label}
      </button>
    </div>
  );
}
