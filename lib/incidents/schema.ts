import { z } from "zod";
import { checkIncidentRules } from "./rules";
import { withCodedCasualties } from "./coded-casualties";
import { IncidentFieldsSchema, type InjuredSchema, type KilledSchema } from "./fields-schema";
import { IdParamSchema } from "@/lib/validation/id-param";

/**
 * One incident as the form, the API, imports and the seed send it. Its casualty figures come out
 * coded from its sources' reports (docs/decisions/016-coded-figures.md), so every writer stores them.
 */
export const IncidentInputSchema = IncidentFieldsSchema.superRefine(checkIncidentRules).transform((d) => withCodedCasualties(d));

export type IncidentInput = z.input<typeof IncidentInputSchema>;
export type IncidentData = z.output<typeof IncidentInputSchema>;
export type Killed = z.output<typeof KilledSchema>;
export type Injured = z.output<typeof InjuredSchema>;

/** A form that acts on one incident (trash, restore) names it in a hidden field. */
export const IncidentRefSchema = z.object({ incidentId: IdParamSchema });

/** Restoring a version: bound in the history page (a server component), checked again as a client can send any values. */
export const RestoreVersionSchema = z.object({ incidentId: IdParamSchema, version: IdParamSchema, expectedVersion: IdParamSchema });
