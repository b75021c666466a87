"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/auth/form-message";
import { IDLE } from "@/lib/auth/form-state";
import { saveSettingsAction } from "@/lib/settings/settings-actions";
import type { AtlasSettings } from "@/lib/settings/atlas-settings";
import styles from "./settings-form.module.css";

/** The Atlas's settings (admins). */
export function SettingsForm({ settings }: { settings: AtlasSettings }) {
  const [state, formAction] = useActionState(saveSettingsAction, IDLE);
  return (
    <form action={formAction} className={styles.settingsForm}>
      <div className={styles.checkbox}>
        <input id="single-analyst-publishing" type="checkbox" name="singleAnalystPublishing" defaultChecked={settings.singleAnalystPublishing} />
        <label htmlFor="single-analyst-publishing">Single-analyst publishing</label>
      </div>
      <p className="muted">
        For small teams: an analyst may publish a record they submitted themselves, or publish a draft without submitting it. When off, another analyst or an
        admin publishes it.
      </p>
      <SubmitButton>Save settings</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
