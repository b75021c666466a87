"use client";

import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { IncidentFilter } from "@/lib/incidents/filter/filter";
import { hrefFor, withFilter } from "@/lib/incidents/filter/filter-url";
import { subTypesOfAny } from "@/lib/taxonomy/event-types";
import { COUNTRIES } from "@/lib/taxonomy/countries";
import { STATUS_FILTER_LABELS, STATUSES } from "@/lib/taxonomy/statuses";
import { fieldsFromFilter, fieldsToChanges, followUrl, toggleEventType, type FilterFields } from "./filter-state";
import { ProvincePicker } from "./province-picker";
import { EventTypePicker } from "./event-type-picker";
import { datePresets } from "@/lib/dates/date-presets";
import { utcToIsoDate } from "@/lib/dates/iso-date";
import { filterValues, filtersSummary } from "./filter-values";
import styles from "./filter-panel.module.css";

/**
 * `statusChoice`: whether the reader may ask for unpublished records (analysts and admins; decision 017).
 * `actorNames`: the actors' names and aliases the Actor field suggests (actor-suggestions.server.ts).
 */
type Props = { filter: IncidentFilter; pageQuery: string; path: string; statusChoice?: boolean; actorNames: readonly string[] };

/** How long a select's value must rest before it applies. */
const SELECT_SETTLE_MS = 400;

/**
 * The filter controls. They only write the URL (every view reads it): choices apply at once (a
 * select once its value has rested), typed fields (search, dates, actor, minimum killed) when the
 * form is submitted. The fields follow the
 * URL when it changes elsewhere (back/forward, the map, the chips) without remounting, so focus stays,
 * and a typed value not yet applied survives a navigation that lands meanwhile.
 */
export function FilterPanel({ filter, pageQuery, path, statusChoice = false, actorNames }: Props) {
  const router = useRouter();
  const [fields, setFields] = useState<FilterFields>(() => fieldsFromFilter(filter));
  const [shown, setShown] = useState(() => ({ query: pageQuery, fields: fieldsFromFilter(filter) }));
  if (shown.query !== pageQuery) {
    const incoming = fieldsFromFilter(filter);
    setShown({ query: pageQuery, fields: incoming });
    setFields(followUrl(shown.fields, fields, incoming));
  }

  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancelPending = () => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
  };
  useEffect(() => cancelPending, []);
  const go = (next: FilterFields) => {
    cancelPending();
    setFields(next);
    router.push(hrefFor(path, withFilter(pageQuery, fieldsToChanges(next))), { scroll: false });
  };
  // A select moved through with the arrow keys changes at each key: apply the choice it rests on,
  // not every one it passes (each would be a query and a history entry).
  const goSoon = (next: FilterFields) => {
    cancelPending();
    setFields(next);
    pending.current = setTimeout(() => go(next), SELECT_SETTLE_MS);
  };
  const set = <K extends keyof FilterFields>(key: K, value: FilterFields[K]) => setFields({ ...fields, [key]: value });
  const toggle = (key: "province" | "country", value: string) =>
    go({ ...fields, [key]: fields[key].includes(value) ? fields[key].filter((v) => v !== value) : [...fields[key], value] });
  const subTypes = subTypesOfAny(fields.eventType);

  return (
    <form
      className={styles.filterPanel}
      role="search"
      aria-label="Filter incidents"
      onSubmit={(e) => {
        e.preventDefault();
        go(fields);
      }}
    >
      {/* Collapsed on a narrow screen, so the map or the list is on the first screen; always open
          where there is room (filter-panel.module.css). A <details> works without JavaScript. */}
      <details className={styles.disclosure}>
        <summary className={styles.summary}>{filtersSummary(filterValues(filter).length)}</summary>
        <div className={styles.fields}>
          <div className={styles.filterRow}>
            <label className={`${styles.filterField} ${styles.grow}`}>
              <span>Search</span>
              <input type="search" name="q" value={fields.q} onChange={(e) => set("q", e.target.value)} placeholder="Title, summary, place, source headline" />
            </label>
            <label className={styles.filterField}>
              <span>From</span>
              <input type="date" name="from" value={fields.from} onChange={(e) => set("from", e.target.value)} />
            </label>
            <label className={styles.filterField}>
              <span>To</span>
              <input type="date" name="to" value={fields.to} onChange={(e) => set("to", e.target.value)} />
            </label>
            <label className={styles.filterField}>
              <span>Actor</span>
              <input name="actor" list="known-actors" value={fields.actor} onChange={(e) => set("actor", e.target.value)} />
              <datalist id="known-actors">
                {actorNames.map((name) => (
                  <option key={name} value={name} />
                ))}
              </datalist>
            </label>
            <label className={`${styles.filterField} ${styles.narrow}`}>
              <span>Minimum killed</span>
              <input
                type="number"
                name="minKilled"
                min={0}
                step={1}
                inputMode="numeric"
                value={fields.minKilled}
                onChange={(e) => set("minKilled", e.target.value)}
              />
            </label>
            <button type="submit" className="button">
              Apply
            </button>
          </div>
          <div className={styles.filterRow}>
            <EventTypePicker selected={fields.eventType} onToggle={(t) => go(toggleEventType(fields, t))} />
            <div className={styles.filterField}>
              <label htmlFor="filter-subEventType">Sub-type</label>
              <select
                id="filter-subEventType"
                name="subEventType"
                value={fields.subEventType}
                onChange={(e) => goSoon({ ...fields, subEventType: e.target.value })}
              >
                <option value="">Any sub-type</option>
                {subTypes.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </select>
            </div>
            {statusChoice ? (
              <div className={styles.filterField}>
                <label htmlFor="filter-status">Status</label>
                <select id="filter-status" name="status" value={fields.status} onChange={(e) => goSoon({ ...fields, status: e.target.value })}>
                  <option value="">{STATUSES.published}</option>
                  {Object.entries(STATUS_FILTER_LABELS)
                    .filter(([value]) => value !== "published")
                    .map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                </select>
              </div>
            ) : null}
            <label className={styles.filterField}>
              <span>Figures</span>
              <span>
                <input
                  type="checkbox"
                  name="disputed"
                  value="true"
                  checked={fields.disputed === "true"}
                  onChange={(e) => goSoon({ ...fields, disputed: e.target.checked ? "true" : "" })}
                />{" "}
                Disputed only
              </span>
            </label>
            <fieldset className={`${styles.filterField} ${styles.countries}`}>
              <legend>Country</legend>
              {COUNTRIES.slice(0, 2).map((c) => (
                <label key={c.iso3}>
                  <input type="checkbox" name="country" value={c.iso3} checked={fields.country.includes(c.iso3)} onChange={() => toggle("country", c.iso3)} />{" "}
                  {c.name}
                </label>
              ))}
            </fieldset>
            <ProvincePicker selected={fields.province} onToggle={(iso) => toggle("province", iso)} />
          </div>
          <div className={`${styles.filterRow} ${styles.datePresets}`} role="group" aria-label="Date presets">
            <span className="muted">Dates:</span>
            {datePresets(utcToIsoDate(new Date())).map((p) => {
              const current = filter.from === p.from && filter.to === p.to;
              return (
                <Link
                  key={p.label}
                  href={hrefFor(path, withFilter(pageQuery, { from: p.from, to: p.to }))}
                  scroll={false}
                  prefetch={false}
                  aria-current={current ? "true" : undefined}
                >
                  {p.label}
                </Link>
              );
            })}
          </div>
        </div>
      </details>
    </form>
  );
}
