import { NextResponse } from "next/server";
import type { IncidentRecord } from "@/lib/incidents/record/record";

/**
 * 409 for a save against an older version: the usual error shape, plus the current version and the
 * current record, so a script can re-apply its change on top and send it again with that version.
 */
export function versionConflict(current: IncidentRecord) {
  return NextResponse.json(
    {
      error: { code: "conflict", message: `The incident is now at version ${current.version}; re-apply your change to it and send that version.` },
      currentVersion: current.version,
      current,
    },
    { status: 409 },
  );
}
