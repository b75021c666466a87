import type { InputHTMLAttributes } from "react";
import { Field } from "@/components/forms/field";

type Props = { name: string; label: string; hint?: string; errors?: string[] } & Omit<InputHTMLAttributes<HTMLInputElement>, "name">;

/** A labelled, uncontrolled input: the account forms need no client state beyond the action's result. */
export function PlainField({ name, label, hint, errors, ...input }: Props) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors}>
      {(control) => <input type="text" {...input} {...control} />}
    </Field>
  );
}
