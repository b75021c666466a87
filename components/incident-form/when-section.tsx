import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { DATE_PRECISIONS } from "@/lib/taxonomy/precision";
import { isRealIsoDate, latestDayToday } from "@/lib/dates/iso-date";
import type { IncidentFormApi } from "./use-incident-form";
import { FormSection } from "./form-section";
import { TableFieldControls } from "./table-field-controls";
import { formatWeekday } from "@/lib/dates/format-date";

const precisionOptions = Object.entries(DATE_PRECISIONS).map(([value, p]) => ({ value, label: p.label }));

/** "Saturday" for a real YYYY-MM-DD, so a date worked out from "on Saturday" can be checked. */
function weekday(date: string): string | null {
  if (!isRealIsoDate(date)) return null;
  return formatWeekday(date);
}

export function WhenSection({ form }: { form: IncidentFormApi }) {
  const day = weekday(form.value("eventDate"));
  const max = latestDayToday();
  return (
    <FormSection id="when" title="When" intro={`When an article says "on Saturday", work out the calendar date and type it.`}>
      <div className="field-row">
        <TextField {...form.bind("eventDate")} type="date" label="Date" max={max} hint={day ? `That was a ${day}.` : "Its weekday appears here"} />
        <SelectField {...form.bind("datePrecision")} label="Date precision" options={precisionOptions} />
        <TextField {...form.bind("endDate")} type="date" label="End date (optional)" max={max} hint="For events over several days" />
      </div>
      <TableFieldControls form={form} group="when" />
    </FormSection>
  );
}
