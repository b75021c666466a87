import { TextAreaField, TextField } from "@/components/forms/text-field";
import { SelectField, optionsOf } from "@/components/forms/select-field";
import { YES_NO_OPTIONS } from "@/lib/incidents/fields/form-fields";
import { EVENT_TYPE_NAMES, subTypesOf } from "@/lib/taxonomy/event-types";
import { ATTACK_TYPES } from "@/lib/taxonomy/attack-types";
import { TARGET_TYPES } from "@/lib/taxonomy/target-types";
import { WEAPON_TYPE_NAMES, weaponSubtypesOf } from "@/lib/taxonomy/weapon-types";
import { LIMITS } from "@/lib/validation/limits";
import type { IncidentFormApi } from "./use-incident-form";
import { FormSection } from "./form-section";
import { TableFieldControls } from "./table-field-controls";

export function WhatSection({ form }: { form: IncidentFormApi }) {
  const eventType = form.value("eventType");
  const weaponType = form.value("weaponType");
  return (
    <FormSection id="what" title="What">
      <TextField {...form.bind("title")} label="Title" maxLength={LIMITS.title} className="wide" autoComplete="off" />
      <TextAreaField {...form.bind("summary")} label="Summary" rows={4} maxLength={LIMITS.summary} className="wide" />
      <div className="field-row">
        <SelectField {...form.bind("eventType")} label="Event type" emptyLabel="Choose…" options={optionsOf(EVENT_TYPE_NAMES)} />
        <SelectField
          {...form.bind("subEventType")}
          label="Sub-event type"
          emptyLabel={eventType ? "Not known" : "Choose an event type first"}
          options={optionsOf(subTypesOf(eventType))}
        />
      </div>
      <div className="field-row">
        <SelectField {...form.bind("attackType")} label="Attack type" emptyLabel="Not known" options={optionsOf(ATTACK_TYPES)} />
        <SelectField {...form.bind("targetType")} label="Target type" emptyLabel="Not known" options={optionsOf(TARGET_TYPES)} />
        <TextField {...form.bind("target")} label="Target" hint="In words, e.g. army checkpost" maxLength={LIMITS.shortText} />
      </div>
      <div className="field-row">
        <SelectField {...form.bind("weaponType")} label="Weapon type" emptyLabel="Not known" options={optionsOf(WEAPON_TYPE_NAMES)} />
        <SelectField
          {...form.bind("weaponSubtype")}
          label="Weapon sub-type"
          emptyLabel={weaponSubtypesOf(weaponType).length ? "Not known" : "None for this weapon type"}
          options={optionsOf(weaponSubtypesOf(weaponType))}
        />
        <SelectField {...form.bind("suicide")} label="Suicide attack" emptyLabel="Not known" options={YES_NO_OPTIONS} />
      </div>
      <TableFieldControls form={form} group="what" />
    </FormSection>
  );
}
