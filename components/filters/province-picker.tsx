"use client";

import { PROVINCES } from "@/lib/taxonomy/provinces";
import { COUNTRIES } from "@/lib/taxonomy/countries";
import styles from "./province-picker.module.css";
import picker from "./filter-picker.module.css";

const GROUPS = COUNTRIES.map((c) => ({ country: c, provinces: PROVINCES.filter((p) => p.country === c.iso3) })).filter((g) => g.provinces.length > 0);

type Props = { selected: string[]; onToggle: (iso: string) => void };

/**
 * Several provinces at once, as checkboxes grouped by country in a disclosure: a plain fieldset is
 * what screen readers and keyboards handle best.
 */
export function ProvincePicker({ selected, onToggle }: Props) {
  const names = PROVINCES.filter((p) => selected.includes(p.iso)).map((p) => p.name);
  return (
    <details className={picker.picker}>
      <summary>
        Provinces: <span className="summary-value">{names.length ? names.join(", ") : "all"}</span>
      </summary>
      <div className={styles.provinceGroups}>
        {GROUPS.map(({ country, provinces }) => (
          <fieldset key={country.iso3}>
            <legend>{country.name}</legend>
            <ul>
              {provinces.map((p) => (
                <li key={p.iso}>
                  <label>
                    <input type="checkbox" name="province" value={p.iso} checked={selected.includes(p.iso)} onChange={() => onToggle(p.iso)} /> {p.name}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
    </details>
  );
}
