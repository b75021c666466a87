"use client";

import { useCallback } from "react";
import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { LocationPicker } from "@/components/map/location-picker";
import { COUNTRIES, type CountryIso3 } from "@/lib/taxonomy/countries";
import { GEO_PRECISIONS } from "@/lib/taxonomy/precision";
import { provincesOf } from "@/lib/taxonomy/provinces";
import type { PlaceHit } from "@/lib/geo/place-search";
import type { TileConfig } from "@/lib/map/tile-config";
import { LIMITS } from "@/lib/validation/limits";
import type { IncidentFormApi } from "./use-incident-form";
import { FormSection } from "./form-section";
import { TableFieldControls } from "./table-field-controls";
import { PlaceCombobox } from "./place-combobox";
import { ProvinceCheck } from "./province-check";
import styles from "./incident-form.module.css";

const countryOptions = COUNTRIES.map((c) => ({ value: c.iso3, label: c.name }));
const precisionOptions = Object.entries(GEO_PRECISIONS).map(([value, p]) => ({ value, label: p.label }));
const coordinate = (v: string) => (v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : null);

export function WhereSection({ form, tiles }: { form: IncidentFormApi; tiles: TileConfig }) {
  const { setMany } = form;
  const pickPlace = (p: PlaceHit) =>
    setMany({
      location: p.name,
      district: p.district ?? "",
      province: p.province ?? "",
      countryIso3: p.countryIso3,
      latitude: String(p.lat),
      longitude: String(p.lng),
      geoPrecision: "town",
    });
  const setPoint = useCallback((lat: number, lng: number) => setMany({ latitude: String(lat), longitude: String(lng) }), [setMany]);
  const country = form.value("countryIso3");
  return (
    <FormSection id="where" title="Where">
      <div className={styles.whereGrid}>
        <div>
          <PlaceCombobox onPick={pickPlace} />
          <div className="field-row">
            <TextField
              {...form.bind("location")}
              label="Place"
              hint="As reported, e.g. Mir Ali (Khaddi market)"
              className="grow"
              maxLength={LIMITS.placeName}
            />
            <TextField {...form.bind("district")} label="District" maxLength={LIMITS.placeName} />
          </div>
          <div className="field-row">
            <TextField {...form.bind("province")} label="Province" list="province-options" autoComplete="off" maxLength={LIMITS.placeName} />
            <datalist id="province-options">
              {provincesOf(country as CountryIso3).map((p) => (
                <option key={p.iso} value={p.name} />
              ))}
            </datalist>
            <SelectField {...form.bind("countryIso3")} label="Country" options={countryOptions} emptyLabel="Choose…" />
          </div>
          <ProvinceCheck form={form} />
          <div className="field-row">
            <TextField {...form.bind("latitude")} type="number" step="any" min={-90} max={90} label="Latitude" inputMode="decimal" />
            <TextField {...form.bind("longitude")} type="number" step="any" min={-180} max={180} label="Longitude" inputMode="decimal" />
            <SelectField {...form.bind("geoPrecision")} label="Location precision" options={precisionOptions} />
          </div>
        </div>
        <div>
          <p className="field-hint" id="picker-hint">
            Click the map or drag the marker to set the point.
          </p>
          <LocationPicker lat={coordinate(form.value("latitude"))} lng={coordinate(form.value("longitude"))} onChange={setPoint} tiles={tiles} />
        </div>
      </div>
      <TableFieldControls form={form} group="where" />
    </FormSection>
  );
}
