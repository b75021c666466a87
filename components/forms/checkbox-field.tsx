import type { ReactNode } from "react";
import { fieldId } from "./field-id";

type Props = { name: string; label: ReactNode; checked: boolean; onCheckedChange: (checked: boolean) => void };

/** A checkbox with its label beside it; unchecked sends nothing, checked sends "on". */
export function CheckboxField({ name, label, checked, onCheckedChange }: Props) {
  return (
    <div className="field field-checkbox">
      <input type="checkbox" id={fieldId(name)} name={name} checked={checked} onChange={(e) => onCheckedChange(e.target.checked)} />
      <label htmlFor={fieldId(name)}>{label}</label>
    </div>
  );
}
