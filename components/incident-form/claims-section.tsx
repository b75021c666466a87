import { TextAreaField, TextField } from "@/components/forms/text-field";
import { SelectField, type Option } from "@/components/forms/select-field";
import { CLAIM_KINDS } from "@/lib/taxonomy/claims";
import { rowIndices } from "@/lib/incidents/form/form-data";
import { LIMITS } from "@/lib/validation/limits";
import type { IncidentFormApi } from "./use-incident-form";
import { FormSection } from "./form-section";
import { RepeatedRow } from "./repeated-row";
import { AddRowButton } from "./add-row-button";
import { ACTOR_LIST_ID } from "./actors-section";

const kindOptions = Object.entries(CLAIM_KINDS).map(([value, k]) => ({ value, label: k.label }));

/** The incident's sources as typed so far: a claim can only cite one of them. */
function sourceOptions(form: IncidentFormApi): Option[] {
  return (
    rowIndices(form.values, "sources")
      // A dataset record (decision 020) is named by its record where an article is by its URL.
      .map((i) => ({
        url: form.value(`sources.${i}.url`).trim() || form.value(`sources.${i}.datasetRecord`).trim(),
        outlet: form.value(`sources.${i}.outlet`).trim(),
        i,
      }))
      .filter((s) => s.url !== "")
      .map((s) => ({ value: s.url, label: `Source ${s.i + 1}: ${s.outlet || s.url}` }))
  );
}

function ClaimRow({ form, index, sources }: { form: IncidentFormApi; index: number; sources: Option[] }) {
  const n = (f: string) => `claims.${index}.${f}`;
  return (
    <RepeatedRow title={`Claim ${index + 1}`} onRemove={() => form.removeRow("claims", index)}>
      <div className="field-row">
        <SelectField {...form.bind(n("kind"))} label="Kind" emptyLabel="Choose…" options={kindOptions} />
        <TextField {...form.bind(n("claimantName"))} label="Claimant" list={ACTOR_LIST_ID} autoComplete="off" className="grow" maxLength={LIMITS.shortText} />
        <TextField {...form.bind(n("claimantRole"))} label="Claimant's role" className="grow" maxLength={LIMITS.shortText} />
      </div>
      <div className="field-row">
        <TextField
          {...form.bind(n("subject"))}
          label="Subject"
          hint="The actor, place or country the claim is about"
          list={ACTOR_LIST_ID}
          autoComplete="off"
          className="grow"
          maxLength={LIMITS.shortText}
        />
        <TextField {...form.bind(n("madeOn"))} type="date" label="Date made" />
        <SelectField
          {...form.bind(n("sourceUrl"))}
          label="Source"
          emptyLabel={sources.length ? "Choose…" : "Add a source first"}
          options={sources}
          className="grow"
        />
      </div>
      <TextAreaField {...form.bind(n("statement"))} label="Statement" rows={2} maxLength={LIMITS.statement} className="wide" />
    </RepeatedRow>
  );
}

export function ClaimsSection({ form }: { form: IncidentFormApi }) {
  const sources = sourceOptions(form);
  return (
    <FormSection
      id="claims"
      title="Claims"
      intro="Claims of responsibility, of where an attack came from, attributions and denials, each cited to one of the sources."
    >
      {form.rowKeys("claims").map((key, i) => (
        <ClaimRow key={key} form={form} index={i} sources={sources} />
      ))}
      <AddRowButton group="claims" label="Add claim" errors={form.errorsOf("claims")} onAdd={() => form.addRow("claims", { kind: "", claimantName: "" })} />
    </FormSection>
  );
}
