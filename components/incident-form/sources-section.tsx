import { useState } from "react";
import { TextAreaField, TextField } from "@/components/forms/text-field";
import { outletFromUrl } from "@/lib/sources/outlet-from-url";
import { LIMITS } from "@/lib/validation/limits";
import { rowIndices } from "@/lib/incidents/form/form-data";
import type { IncidentFormApi } from "./use-incident-form";
import { FormSection } from "./form-section";
import { RepeatedRow } from "./repeated-row";
import { AddRowButton } from "./add-row-button";
import { SourceReportFields } from "./source-report-fields";
import { DatasetSourceRow } from "./dataset-source-row";

function SourceRow({ form, index }: { form: IncidentFormApi; index: number }) {
  const n = (f: string) => `sources.${index}.${f}`;
  // A copy the row came with is kept as it is (a stored copy is never rewritten); a row without
  // one offers a field to paste it into, which stays a field while the analyst types.
  const [keptCopy] = useState(() => form.value(n("archivedText")) !== "" || form.value(n("archivedCopy")) !== "");
  const storedCopy = form.value(n("archivedCopy"));
  const setUrl = (url: string) => {
    const previous = form.value(n("url"));
    const outlet = form.value(n("outlet"));
    // Propose the outlet from the domain, unless the analyst typed one of their own.
    const proposed = outlet === "" || outlet === outletFromUrl(previous);
    // Claims cite a source by its URL: correcting the URL keeps them pointing at it.
    const citing = rowIndices(form.values, "claims")
      .filter((i) => previous.trim() !== "" && form.value(`claims.${i}.sourceUrl`) === previous.trim())
      .map((i) => [`claims.${i}.sourceUrl`, url.trim()]);
    form.setMany({
      [n("url")]: url,
      ...(proposed ? { [n("outlet")]: outletFromUrl(url) ?? "" } : {}),
      ...Object.fromEntries(citing),
    });
  };
  return (
    <RepeatedRow title={`Source ${index + 1}`} onRemove={() => form.removeRow("sources", index)}>
      <div className="field-row">
        <TextField
          {...form.bind(n("url"))}
          onValueChange={setUrl}
          type="url"
          label="URL"
          className="grow"
          inputMode="url"
          hint="A URL already in the atlas reuses that source record."
          maxLength={LIMITS.url}
        />
        <TextField {...form.bind(n("outlet"))} label="Outlet" hint="Proposed from the URL" maxLength={LIMITS.shortText} />
      </div>
      <div className="field-row">
        <TextField {...form.bind(n("headline"))} label="Headline" className="grow" maxLength={LIMITS.title} />
        <TextField {...form.bind(n("publishedAt"))} type="date" label="Published" />
        <TextField {...form.bind(n("language"))} label="Language" className="narrow" hint="en, ur, ps…" maxLength={3} />
      </div>
      <TextAreaField
        {...form.bind(n("quote"))}
        label="Quote"
        hint="The words in the article that support this record"
        rows={2}
        maxLength={LIMITS.quote}
        className="wide"
      />
      <SourceReportFields form={form} prefix={`sources.${index}.`} title={`Source ${index + 1}`} />
      {keptCopy && storedCopy ? (
        <p className="field-hint">
          <input type="hidden" name={n("archivedCopy")} value={storedCopy} />
          An archived copy of the article is kept with this source (SHA-256 {storedCopy.slice(0, 12)}…); quotes are checked against it.
        </p>
      ) : keptCopy ? (
        <p className="field-hint">
          <input type="hidden" name={n("archivedText")} value={form.value(n("archivedText"))} />
          The article&rsquo;s text ({form.value(n("archivedText")).length.toLocaleString("en")} characters) is kept with this source as its archived copy.
        </p>
      ) : (
        <TextAreaField
          {...form.bind(n("archivedText"))}
          label="Archived copy"
          hint="Paste the article's text to keep a copy that outlives the link; each quote above must be found in it. Atlas never fetches it."
          rows={3}
          maxLength={LIMITS.archivedText}
          className="wide"
        />
      )}
    </RepeatedRow>
  );
}

export function SourcesSection({ form }: { form: IncidentFormApi }) {
  return (
    <FormSection id="sources" title="Sources" intro="Every fact should trace to an article. A draft may be saved without one.">
      {form
        .rowKeys("sources")
        .map((key, i) =>
          form.value(`sources.${i}.datasetRecord`) ? <DatasetSourceRow key={key} form={form} index={i} /> : <SourceRow key={key} form={form} index={i} />,
        )}
      <AddRowButton group="sources" label="Add source" errors={form.errorsOf("sources")} onAdd={() => form.addRow("sources", { url: "", language: "en" })} />
    </FormSection>
  );
}
