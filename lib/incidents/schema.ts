import { z } from "zod";
import { checkIncidentRules } from "./rules";
import { IncidentFieldsSchema, type InjuredSchema, type KilledSchema } from "./fields-schema";
import { IdParamSchema } from "@/lib/validation/id-param";

/** One incident as the form, the API, imports and the seed send it. */
export const IncidentInputSchema = IncidentFieldsSchema.superRefine(checkIncidentRules);

export type IncidentInput = z.input<typeof IncidentInputSchema>;
export type IncidentData = z.output<typeof IncidentInputSchema>;
export type Killed = z.output<typeof KilledSchema>;
export type Injured = z.output<typeof InjuredSchema>;

/** A form that acts on one incident (trash, restore) names it in a hidden field. */
export const IncidentRefSchema = z.object({ incidentId: IdParamSchema });

/** Restoring a version: bound in the history page (a server component), checked again as a client can send any values. */
export const RestoreVersionSchema = z.object({ incidentId: IdParamSchema, version: IdParamSchema, expectedVersion: IdParamSchema });
