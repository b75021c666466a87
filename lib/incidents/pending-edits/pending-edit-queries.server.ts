import "server-only";
import { db } from "@/lib/db.server";
import { readPendingEdit, type PendingEdit } from "./pending-edits";

/** The edit waiting for review beside a published record, for pages (decision 024). */
export const getPendingEdit = (incidentId: number): Promise<PendingEdit | null> => readPendingEdit(db, incidentId);
