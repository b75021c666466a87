import { z } from "zod";

/**
 * What PATCH /api/incidents/:id needs beside the incident: the version the change was made against
 * (from the GET it started from). A newer saved version answers 409 with the current record.
 */
export const ExpectedVersionSchema = z.object({
  version: z
    .number({ error: "Send the version you edited (the record's version field) so a newer save is not overwritten" })
    .int("The version must be a positive whole number")
    .positive("The version must be a positive whole number"),
});
