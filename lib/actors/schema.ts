import { z } from "zod";
import { LIMITS } from "@/lib/validation/limits";
import { requiredText } from "@/lib/validation/field-schemas";
import { ACTOR_KIND_NAMES, ACTOR_ROLE_NAMES, CERTAINTY_NAMES } from "@/lib/taxonomy/actor-roles";

/** An actor's part in an incident. A name not yet known creates the actor. */
export const IncidentActorInputSchema = z.object({
  name: requiredText(LIMITS.shortText, "Actor name"),
  kind: z.enum(ACTOR_KIND_NAMES, { error: "Choose the kind of actor" }).default("armed_group"),
  role: z.enum(ACTOR_ROLE_NAMES, { error: "Choose perpetrator or target" }),
  certainty: z.enum(CERTAINTY_NAMES, { error: "Choose how certain this is" }),
});

export type IncidentActorInput = z.input<typeof IncidentActorInputSchema>;
export type IncidentActor = z.output<typeof IncidentActorInputSchema>;
