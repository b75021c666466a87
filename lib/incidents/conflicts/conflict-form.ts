import type { Choice, MergeUnit } from "./version-check";

/** Form field names of the conflict view: one radio group per unit both analysts changed. */
export const CONFLICT_FIELDS = { mine: "conflict.mine", version: "conflict.version", base: "conflict.base" } as const;
export const choiceField = (unit: MergeUnit) => `choice.${unit}`;

/** The analyst's choices from a submitted conflict view. */
export function choicesFromFormData(formData: FormData): Record<MergeUnit, Choice> {
  const out: Record<MergeUnit, Choice> = {};
  for (const [name, value] of formData.entries()) {
    if (name.startsWith("choice.") && (value === "theirs" || value === "mine")) out[name.slice("choice.".length)] = value;
  }
  return out;
}
