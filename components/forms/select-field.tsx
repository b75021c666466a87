import type { ReactNode } from "react";
import { Field } from "./field";

export type Option = { value: string; label: string };

type Props = {
  name: string;
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  options: readonly Option[];
  /** The first, empty choice ("Not known"); omit when a choice is required and preselected. */
  emptyLabel?: string;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
};

/**
 * A select. A current value that is not among the options (a sub-type left over from another type)
 * stays selected and is marked, so the analyst sees it and the validation message names it.
 */
export function SelectField({ name, label, value, onValueChange, options, emptyLabel, hint, errors, className }: Props) {
  const stray = value !== "" && !options.some((o) => o.value === value);
  return (
    <Field name={name} label={label} hint={hint} errors={errors} className={className}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onValueChange(e.target.value)}>
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {stray ? <option value={value}>{value} (not valid here)</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Options from a list of names that are also their labels. */
export const optionsOf = (names: readonly string[]): Option[] => names.map((n) => ({ value: n, label: n }));

/** Options from a { value: label } record. */
export const optionsFrom = (record: Readonly<Record<string, string>>): Option[] => Object.entries(record).map(([value, label]) => ({ value, label }));
