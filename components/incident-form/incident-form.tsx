"use client";

import { useActionState } from "react";
import type { IncidentFormState } from "@/lib/incidents/form/form-state";
import { IncidentFormView, type IncidentFormViewProps } from "./incident-form-view";

type Props = Omit<IncidentFormViewProps, "state" | "dispatch"> & {
  action: (state: IncidentFormState, formData: FormData) => Promise<IncidentFormState>;
};

/** The incident form with its own server answer. A page that must see that answer too (the article import) uses the view. */
export function IncidentForm({ action, ...props }: Props) {
  const [state, dispatch] = useActionState(action, { status: "idle" });
  return <IncidentFormView state={state} dispatch={dispatch} {...props} />;
}
