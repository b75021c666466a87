import { CountSchema } from "@/lib/validation/field-schemas";
import type { FieldSpec } from "./field-spec";

const count = { kind: "count", group: "casualties", input: CountSchema } as const;

/**
 * Killed and injured, each as a total and its known parts (null = not reported), in form order.
 * The labels are the History's words; the form's error summary words them from field-labels.ts.
 */
export const CASUALTY_FIELDS = [
  { ...count, path: "killed.total", column: "killedTotal", label: "Killed (total)", codebook: "ACLED fatalities, GTD nkill", csv: { acled: "fatalities" } },
  { ...count, path: "killed.securityForces", column: "killedSecurity", label: "Killed (security forces)", csv: { atlas: "killed_security_forces" } },
  {
    ...count,
    path: "killed.civilians",
    column: "killedCivilians",
    label: "Killed (civilians)",
    codebook: "UCDP deaths_civilians",
    csv: { atlas: "killed_civilians" },
  },
  { ...count, path: "killed.militants", column: "killedMilitants", label: "Killed (militants)", csv: { atlas: "killed_militants" } },
  { ...count, path: "killed.unknown", column: "killedUnknown", label: "Killed (unknown)", codebook: "UCDP deaths_unknown", csv: { atlas: "killed_unknown" } },
  { ...count, path: "killed.low", column: "killedLow", label: "Killed (low estimate)", codebook: "UCDP low", csv: { atlas: "killed_low" } },
  { ...count, path: "killed.high", column: "killedHigh", label: "Killed (high estimate)", codebook: "UCDP high", csv: { atlas: "killed_high" } },
  { ...count, path: "injured.total", column: "injuredTotal", label: "Injured (total)", codebook: "GTD nwound", csv: { atlas: "injured_total" } },
  { ...count, path: "injured.securityForces", column: "injuredSecurity", label: "Injured (security forces)", csv: { atlas: "injured_security_forces" } },
  { ...count, path: "injured.civilians", column: "injuredCivilians", label: "Injured (civilians)", csv: { atlas: "injured_civilians" } },
  { ...count, path: "injured.militants", column: "injuredMilitants", label: "Injured (militants)", csv: { atlas: "injured_militants" } },
  { ...count, path: "injured.unknown", column: "injuredUnknown", label: "Injured (unknown)", csv: { atlas: "injured_unknown" } },
] as const satisfies readonly FieldSpec[];
