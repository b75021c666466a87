"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db.server";
import { authorizeAction } from "@/lib/auth/authorize.server";
import { restoreVersion } from "@/lib/incidents/write/restore-version";
import { RestoreVersionSchema } from "@/lib/incidents/schema";
import { formError, type AuthFormState } from "@/lib/auth/form-state";

/** Brings back an earlier version of an incident; recorded in the history as a new change. Analysts and admins. */
export async function restoreVersionAction(incidentId: number, version: number, expectedVersion: number): Promise<AuthFormState> {
  const allowed = await authorizeAction("incident:restore");
  if (!allowed.ok) return formError(allowed.denial.message);
  const ids = RestoreVersionSchema.safeParse({ incidentId, version, expectedVersion });
  if (!ids.success) return formError("That version, or the incident, no longer exists (it may be in the trash).");
  const id = ids.data.incidentId;
  const result = await restoreVersion(db, { ...ids.data, userId: allowed.user.id });
  switch (result.status) {
    case "not_found":
      return formError("That version, or the incident, no longer exists (it may be in the trash).");
    case "conflict":
      return formError(`Someone saved version ${result.current.version} meanwhile. Reload the history and try again.`);
    case "invalid":
      return formError(`Version ${version} does not pass today's rules: ${Object.values(result.fieldErrors).flat().join(" ")}`);
  }
  for (const path of ["/", "/incidents", "/review", `/incidents/${id}`, `/incidents/${id}/history`]) revalidatePath(path);
  if (result.status === "proposed") {
    return {
      status: "done",
      message: `Version ${version} waits for review as an edit of the published record: it is restored when another analyst or an admin publishes it.`,
    };
  }
  return { status: "done", message: `Version ${version} restored as version ${result.version}.` };
}
