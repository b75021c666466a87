"use client";

import { findProvince } from "@/lib/taxonomy/provinces";
import type { CountryIso3 } from "@/lib/taxonomy/countries";
import type { IncidentFormApi } from "./use-incident-form";
import { useProvinceOfPoint } from "./use-province-check";
import styles from "./incident-form.module.css";

/**
 * What the bundled boundaries say about the point: offers the province when none is typed, and flags
 * a typed province the point is not in (a wrong pick or swapped coordinates), with a one-click fix.
 */
export function ProvinceCheck({ form }: { form: IncidentFormApi }) {
  const derived = useProvinceOfPoint(form.value("latitude"), form.value("longitude"));
  if (derived === undefined) return null;
  if (derived === null) {
    return (
      <p className={`notice ${styles.provinceCheck}`} role="status">
        The point is outside Pakistan and Afghanistan.
      </p>
    );
  }
  const typed = form.value("province").trim();
  const country = form.value("countryIso3");
  const matches = typed !== "" && findProvince(typed, derived.countryIso3 as CountryIso3)?.iso === derived.iso && country === derived.countryIso3;
  const use = () => form.setMany({ province: derived.name, countryIso3: derived.countryIso3 });
  if (matches) {
    return (
      <p className={`${styles.provinceCheck} ${styles.ok}`} role="status">
        The point lies in {derived.name}, as typed.
      </p>
    );
  }
  return (
    <div className={`notice ${styles.provinceCheck}${typed ? ` ${styles.mismatch}` : ""}`} role="status">
      {typed ? (
        <>
          <strong>Check the province:</strong> the point lies in {derived.name} ({derived.countryName}), not {typed}.{" "}
        </>
      ) : (
        <>
          The point lies in {derived.name} ({derived.countryName}).{" "}
        </>
      )}
      <button type="button" className="button secondary small" onClick={use}>
        Use {derived.name}
      </button>
    </div>
  );
}
