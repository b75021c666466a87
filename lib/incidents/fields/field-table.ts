import { INCIDENT_FIELDS } from "./incident-fields";
import { CASUALTY_FIELDS } from "./casualty-fields";
import type { FieldSpec } from "./field-spec";

/**
 * The incident's single-valued fields: the one table the form values, the API record and its
 * schema, the incident schema's fields, the stored row, the CSV and GeoJSON columns, the audit
 * diff and the History's labels are derived from (docs/decisions/012-one-field-table.md). A new
 * field is a row in incident-fields.ts or casualty-fields.ts, a column in schema.prisma and a
 * migration; field-table.test.ts proves it.
 */
export const FIELD_TABLE: readonly FieldSpec[] = [...INCIDENT_FIELDS, ...CASUALTY_FIELDS];
