import { can, type Role } from "@/lib/auth/roles";
import type { IncidentFilter } from "./filter";

/**
 * The filter as this reader may apply it: only analysts and admins may ask for drafts, records in
 * review or rejected ones (`status=`). For anyone else the parameter is dropped, so they see what
 * everyone sees, published records (decision 017). Every page and route that reads the filter from
 * a request passes it through here.
 */
export function readerFilter(f: IncidentFilter, role: Role | null | undefined): IncidentFilter {
  if (!f.status || f.status === "published" || can(role, "incident:unpublished")) return f;
  return { ...f, status: undefined };
}
