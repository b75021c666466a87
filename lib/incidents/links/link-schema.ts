import { z } from "zod";
import { LIMITS } from "@/lib/validation/limits";
import { optionalText } from "@/lib/validation/field-schemas";
import { IdParamSchema } from "@/lib/validation/id-param";
import { LINK_CHOICES, LINK_CHOICE_NAMES } from "@/lib/taxonomy/link-relations";

export const OTHER_INCIDENT_HELP = "The other incident's number (#12, or its address /incidents/12), or pick one of the suggestions as you type its title";
const ENTER_OTHER = "Enter the other incident's number, such as #12, or pick one of the suggestions";

/** "#12", "12", "#12 · Suicide attack… (16 Mar 2024)", ".../incidents/12": the number; null when there is none. */
export function readIncidentNumber(text: string): number | null {
  const trimmed = text.trim();
  const match = /^#?\s*(\d+)(?:\s|$|·|—)/.exec(trimmed) ?? /\/incidents\/(\d+)\/?(?:[?#].*)?$/.exec(trimmed);
  if (!match) return null;
  const parsed = IdParamSchema.safeParse(match[1]);
  return parsed.success ? parsed.data : null;
}

/**
 * A new link, from the incident whose page the form is on (`incidentId`): which relation, seen from
 * here, the other incident, and an optional note. Shared by the form and the server action.
 */
export const LinkInputSchema = z
  .object({
    incidentId: IdParamSchema,
    choice: z.enum(LINK_CHOICE_NAMES, { error: "Choose how the incidents relate" }),
    other: z
      .string({ error: ENTER_OTHER })
      .trim()
      .min(1, ENTER_OTHER)
      .max(LIMITS.shortText * 2, ENTER_OTHER),
    note: optionalText(LIMITS.statement, "Note"),
  })
  .transform(({ incidentId, choice, other, note }, ctx) => {
    const otherId = readIncidentNumber(other);
    if (otherId === null) {
      ctx.addIssue({ code: "custom", path: ["other"], message: ENTER_OTHER });
      return z.NEVER;
    }
    if (otherId === incidentId) {
      ctx.addIssue({ code: "custom", path: ["other"], message: "An incident cannot be linked to itself: enter the other incident's number" });
      return z.NEVER;
    }
    const { relation, direction } = LINK_CHOICES[choice];
    return { incidentId, otherId, relation, direction, note };
  });

export type LinkInput = z.input<typeof LinkInputSchema>;
export type NewLink = z.output<typeof LinkInputSchema>;

/** A link to remove, from the page of one of its ends. */
export const LinkRefSchema = z.object({ incidentId: IdParamSchema, linkId: IdParamSchema });
