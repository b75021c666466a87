"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db.server";
import { authorizeAction } from "@/lib/auth/authorize.server";
import { formError, type AuthFormState } from "@/lib/auth/form-state";
import { writeAtlasSettings } from "./atlas-settings";
import { SettingsFormSchema, settingsInput } from "./settings-schema";

/** Saves the Atlas's settings. Admins only. */
export async function saveSettingsAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const allowed = await authorizeAction("settings:manage");
  if (!allowed.ok) return formError(allowed.denial.message);
  const parsed = SettingsFormSchema.safeParse(settingsInput(formData));
  if (!parsed.success) return formError("The settings could not be read: reload the page and try again.");
  await writeAtlasSettings(db, parsed.data, allowed.user.id);
  revalidatePath("/admin/settings");
  revalidatePath("/review");
  return {
    status: "done",
    message: parsed.data.singleAnalystPublishing
      ? "Saved. Analysts may now publish the records they submit themselves."
      : "Saved. Another analyst or an admin publishes what an analyst submits.",
  };
}
