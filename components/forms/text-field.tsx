import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { Field } from "./field";

type Common = {
  name: string;
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
};

type InputProps = Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "value" | "onChange" | "className">;

export function TextField({ name, label, value, onValueChange, hint, errors, className, ...rest }: InputProps) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors} className={className}>
      {(control) => <input type="text" {...rest} {...control} value={value} onChange={(e) => onValueChange(e.target.value)} />}
    </Field>
  );
}

type AreaProps = Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "value" | "onChange" | "className">;

export function TextAreaField({ name, label, value, onValueChange, hint, errors, className, ...rest }: AreaProps) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors} className={className}>
      {(control) => <textarea rows={3} {...rest} {...control} value={value} onChange={(e) => onValueChange(e.target.value)} />}
    </Field>
  );
}
