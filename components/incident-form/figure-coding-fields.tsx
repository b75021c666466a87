import { SelectField, type Option } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { LIMITS } from "@/lib/validation/limits";
import { sourceRef } from "@/lib/sources/schema";
import { presetBasis, type CodedFigures, type CodingSource } from "@/lib/sources/coding/coded-figures";
import { codedFigureWords } from "@/lib/sources/coding/coded-figure-words";
import { ANALYST, codingFormName } from "@/lib/incidents/form/coding-form-values";
import { REPORTED_FIELDS } from "@/lib/sources/report/reported-fields";
import type { IncidentFormApi } from "./use-incident-form";
import styles from "./figure-coding-fields.module.css";

type Props = { form: IncidentFormApi; group: "killed" | "injured"; coded: CodedFigures; sources: CodingSource[] };

const who = (outlet: string, originator: string | null) => (originator ? `${originator} via ${outlet}` : outlet);

/** The choices for one figure: the reports' rule (with what it gives now), each source that states it, or the analyst's own value. */
function choicesFor(path: (typeof REPORTED_FIELDS)[number]["path"], sources: CodingSource[]): Option[] {
  const stating = sources.flatMap((s) => {
    const f = s.report.figures[path];
    const ref = sourceRef(s);
    return f && ref ? [{ ref, outlet: s.outlet, originator: s.report.originator, value: f.value, publishedAt: s.publishedAt }] : [];
  });
  const preset = presetBasis(stating);
  return [
    { value: "", label: `By the rule: ${preset ? `${preset.value} (${who(preset.outlet, preset.originator)})` : "no report yet"}` },
    ...stating.map((s) => ({ value: s.ref, label: `${s.value}: ${who(s.outlet, s.originator)}` })),
    { value: ANALYST, label: "Set by the analyst, with a reason" },
  ];
}

/**
 * How each figure of a group that some source reports is coded (docs/decisions/016-coded-figures.md):
 * the reports' rule, another source's value, or the analyst's own with a reason. The words under each
 * choice are the ones the incident page shows, from the same rule the server applies.
 */
export function FigureCodingFields({ form, group, coded, sources }: Props) {
  const reported = REPORTED_FIELDS.filter((f) => f.group === group && (coded[f.path].range || form.value(codingFormName(f.path, "sourceUrl"))));
  if (reported.length === 0) return null;
  return (
    <div className={styles.coding}>
      <p className={styles.intro}>Sources report these figures: each box above shows the coded value.</p>
      {reported.map((f) => {
        const choiceName = codingFormName(f.path, "sourceUrl");
        const analyst = form.value(choiceName) === ANALYST;
        return (
          <div key={f.path} className={styles.figure}>
            <SelectField
              {...form.bind(choiceName)}
              label={`${f.label}: coded value`}
              options={choicesFor(f.path, sources)}
              hint={<span role="status">{codedFigureWords(coded[f.path])}</span>}
            />
            {analyst ? (
              <TextField
                {...form.bind(codingFormName(f.path, "reason"))}
                label={`Why you set ${f.label.toLowerCase()} yourself`}
                hint="A few words: later reports, a source the page does not list, a correction."
                maxLength={LIMITS.shortText}
                className={styles.reason}
              />
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
