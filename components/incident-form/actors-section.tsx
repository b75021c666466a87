import { TextField } from "@/components/forms/text-field";
import { SelectField, optionsFrom } from "@/components/forms/select-field";
import { ACTOR_KINDS, ACTOR_ROLES, CERTAINTIES } from "@/lib/taxonomy/actor-roles";
import type { ActorOption } from "@/lib/actors/queries.server";
import { LIMITS } from "@/lib/validation/limits";
import type { IncidentFormApi } from "./use-incident-form";
import { FormSection } from "./form-section";
import { RepeatedRow } from "./repeated-row";
import { AddRowButton } from "./add-row-button";

export const ACTOR_LIST_ID = "known-actors";

function ActorRow({ form, index, actors }: { form: IncidentFormApi; index: number; actors: ActorOption[] }) {
  const n = (f: string) => `actors.${index}.${f}`;
  const name = form.value(n("name")).trim();
  const known = actors.find((a) => a.name.toLowerCase() === name.toLowerCase());
  const pick = (value: string) => {
    const match = actors.find((a) => a.name.toLowerCase() === value.trim().toLowerCase());
    form.setMany({ [n("name")]: value, ...(match ? { [n("kind")]: match.kind } : {}) });
  };
  return (
    <RepeatedRow title={`Actor ${index + 1}`} onRemove={() => form.removeRow("actors", index)}>
      <div className="field-row">
        <TextField
          {...form.bind(n("name"))}
          onValueChange={pick}
          label="Actor"
          list={ACTOR_LIST_ID}
          autoComplete="off"
          className="grow"
          maxLength={LIMITS.shortText}
          hint={!name ? "Pick a known actor or type a new name" : known ? "Known actor" : "New actor: it will be created on save"}
        />
        <SelectField {...form.bind(n("kind"))} label="Kind" options={optionsFrom(ACTOR_KINDS)} />
        <SelectField {...form.bind(n("role"))} label="Role" options={optionsFrom(ACTOR_ROLES)} />
        <SelectField {...form.bind(n("certainty"))} label="Certainty" options={optionsFrom(CERTAINTIES)} />
      </div>
    </RepeatedRow>
  );
}

export function ActorsSection({ form, actors }: { form: IncidentFormApi; actors: ActorOption[] }) {
  return (
    <FormSection id="actors" title="Actors" intro="Who carried it out and who was targeted, and how certain that is.">
      <datalist id={ACTOR_LIST_ID}>
        {actors.map((a) => (
          <option key={a.name} value={a.name} />
        ))}
      </datalist>
      {form.rowKeys("actors").map((key, i) => (
        <ActorRow key={key} form={form} index={i} actors={actors} />
      ))}
      <AddRowButton
        group="actors"
        label="Add actor"
        errors={form.errorsOf("actors")}
        onAdd={() => form.addRow("actors", { name: "", kind: "armed_group", role: "perpetrator", certainty: "claimed" })}
      />
    </FormSection>
  );
}
