import type { ReactNode } from "react";

/** One numbered row of a repeated group (Source 2), with its Remove button. */
export function RepeatedRow({ title, onRemove, children }: { title: string; onRemove: () => void; children: ReactNode }) {
  return (
    <fieldset className="repeated-row">
      <legend>{title}</legend>
      {children}
      <button type="button" className="button secondary small remove-row" onClick={onRemove}>
        Remove {title.toLowerCase()}
      </button>
    </fieldset>
  );
}
