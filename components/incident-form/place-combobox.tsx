"use client";

import { useEffect, useId, useState, type KeyboardEvent } from "react";
import type { PlaceHit } from "@/lib/geo/place-search";
import styles from "./incident-form.module.css";

const describe = (p: PlaceHit) => [p.district, p.province, p.countryName].filter(Boolean).join(", ");

/**
 * Place search over the bundled gazetteer, as an ARIA 1.2 combobox: type, move with the arrow keys,
 * Enter picks (the first result when none is active) and never submits the form; Escape closes. The search runs on the server (GET /api/places).
 */
export function PlaceCombobox({ onPick }: { onPick: (place: PlaceHit) => void }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<PlaceHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/places?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!res.ok) throw new Error(`place search: ${res.status}`);
        const { items } = (await res.json()) as { items: PlaceHit[] };
        setResults(items);
        setActive(items.length ? 0 : -1);
        setOpen(true);
        setStatus(items.length ? `${items.length} place${items.length === 1 ? "" : "s"} found` : "No place found");
      } catch (e) {
        if (!controller.signal.aborted) setStatus(`Place search failed: ${(e as Error).message}`);
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const pick = (place: PlaceHit) => {
    onPick(place);
    setQuery(place.name);
    setOpen(false);
    setStatus(`${place.name} chosen: ${describe(place)}`);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return setOpen(results.length > 0);
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (results.length ? (a + step + results.length) % results.length : -1));
    } else if (e.key === "Enter") {
      // Enter in the search never submits the form: pressed before the results arrived (or with the
      // list closed) it used to fall through to the form and could save a half-filled incident.
      e.preventDefault();
      const chosen = open ? (results[active] ?? results[0]) : undefined;
      if (chosen) pick(chosen);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  const expanded = open && results.length > 0;
  return (
    <div className={`field ${styles.combobox}`}>
      <label htmlFor={`${id}-input`}>Search places</label>
      <p className="field-hint" id={`${id}-hint`}>
        Type a town or village, then pick it to fill in the place, district, province and coordinates.
      </p>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          if (e.target.value.trim().length < 2) setOpen(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label="Places" className={styles.comboboxList} hidden={!expanded}>
        {results.map((p, i) => (
          <li
            key={p.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(p)}
            onMouseEnter={() => setActive(i)}
          >
            <strong>{p.name}</strong> <span className="muted">{describe(p)}</span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
