import { REPORTED_FIELD_PATHS } from "@/lib/sources/report/reported-fields";
import { REPORTED_FACT_PATHS } from "@/lib/sources/report/reported-facts";

/** The values whose provenance Atlas shows: every reported casualty figure, the date, the place and the perpetrator. */
export const PROVENANCE_FIELDS: readonly string[] = [...REPORTED_FIELD_PATHS, ...REPORTED_FACT_PATHS];

/** Whether a record path ("killed.total", "eventDate") has its reports and quotes to show. */
export const hasProvenance = (path: string) => PROVENANCE_FIELDS.includes(path);
