import { rowIndices, type FormRowName, type IncidentFormValues } from "./form-data";

/**
 * Removes row `index` of a repeated group from a record keyed by dotted names (the form's values or
 * its errors) and moves the later rows up one, so names stay "sources.0", "sources.1", ...
 */
export function removeRowEntries<T>(record: Record<string, T>, group: FormRowName, index: number): Record<string, T> {
  const prefix = new RegExp(`^${group}\\.(\\d+)(\\..*)?$`);
  const out: Record<string, T> = {};
  for (const [name, value] of Object.entries(record)) {
    const m = prefix.exec(name);
    if (!m) {
      out[name] = value;
      continue;
    }
    const i = Number(m[1]);
    if (i === index) continue;
    out[i > index ? `${group}.${i - 1}${m[2] ?? ""}` : name] = value;
  }
  return out;
}

/** How many rows a group has (they are numbered from 0 without gaps in the form). */
export function rowCount(values: IncidentFormValues, group: FormRowName): number {
  const indices = rowIndices(values, group);
  return indices.length ? indices[indices.length - 1]! + 1 : 0;
}

/** Adds an empty row at the end with the given defaults ({ language: "en" }). */
export function addRowEntries(values: IncidentFormValues, group: FormRowName, defaults: Record<string, string>): IncidentFormValues {
  const i = rowCount(values, group);
  const row = Object.fromEntries(Object.entries(defaults).map(([k, v]) => [`${group}.${i}.${k}`, v]));
  return { ...values, ...row };
}
