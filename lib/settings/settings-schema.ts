import { z } from "zod";

/** The admin's settings form (/admin/settings), as the action reads it. */
export const SettingsFormSchema = z.object({ singleAnalystPublishing: z.boolean() });

/** A checkbox sends "on" when ticked and nothing otherwise. */
export const settingsInput = (formData: FormData) => ({ singleAnalystPublishing: formData.get("singleAnalystPublishing") === "on" });
