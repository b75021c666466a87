import type { ReactNode } from "react";
import { errorId, fieldId, hintId } from "./field-id";

/** What a control needs to be tied to its label, hint and errors. */
export type ControlProps = {
  id: string;
  name: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
};

type Props = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

/**
 * A labelled control with its hint and error messages. The control is described by both, so a
 * screen reader reads the message when the field is focused.
 */
export function Field({ name, label, hint, errors, className, children }: Props) {
  const invalid = !!errors?.length;
  const describedBy = [hint ? hintId(name) : null, invalid ? errorId(name) : null].filter(Boolean).join(" ");
  return (
    <div className={["field", invalid ? "field-invalid" : null, className].filter(Boolean).join(" ")}>
      <label htmlFor={fieldId(name)}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId(name)}>
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p className="field-error" id={errorId(name)}>
          {errors!.join(" ")}
        </p>
      ) : null}
      {children({
        id: fieldId(name),
        name,
        "aria-invalid": invalid || undefined,
        "aria-describedby": describedBy || undefined,
      })}
    </div>
  );
}
