"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import type { FieldErrors } from "@/lib/validation/field-errors";
import type { FormRowName, IncidentFormValues } from "@/lib/incidents/form/form-data";
import { addRowEntries, removeRowEntries, rowCount } from "@/lib/incidents/form/form-rows";

const GROUPS: FormRowName[] = ["sources", "actors", "claims"];

/** The form's state: every value as typed, the errors shown, and stable keys for repeated rows. */
export function useIncidentForm(initial: IncidentFormValues, initialErrors: FieldErrors = {}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>(initialErrors);
  const nextKey = useRef(1000);
  const [keys, setKeys] = useState<Record<FormRowName, number[]>>(
    () => Object.fromEntries(GROUPS.map((g) => [g, Array.from({ length: rowCount(initial, g) }, (_, i) => i)])) as Record<FormRowName, number[]>,
  );

  const set = useCallback((name: string, value: string) => setValues((v) => ({ ...v, [name]: value })), []);
  const setMany = useCallback((patch: IncidentFormValues) => setValues((v) => ({ ...v, ...patch })), []);

  const addRow = useCallback((group: FormRowName, defaults: Record<string, string>) => {
    setValues((v) => addRowEntries(v, group, defaults));
    const key = nextKey.current++;
    setKeys((k) => ({ ...k, [group]: [...k[group], key] }));
  }, []);

  const removeRow = useCallback((group: FormRowName, index: number) => {
    setValues((v) => removeRowEntries(v, group, index));
    setErrors((e) => removeRowEntries(e, group, index));
    setKeys((k) => ({ ...k, [group]: k[group].filter((_, i) => i !== index) }));
  }, []);

  return useMemo(() => {
    const value = (name: string) => values[name] ?? "";
    return {
      values,
      errors,
      setErrors,
      value,
      errorsOf: (name: string) => errors[name],
      set,
      setMany,
      rowKeys: (group: FormRowName) => keys[group],
      addRow,
      removeRow,
      /** The props a TextField / SelectField needs for `name`. */
      bind: (name: string) => ({ name, value: value(name), onValueChange: (v: string) => set(name, v), errors: errors[name] }),
    };
  }, [values, errors, keys, set, setMany, addRow, removeRow]);
}

export type IncidentFormApi = ReturnType<typeof useIncidentForm>;
