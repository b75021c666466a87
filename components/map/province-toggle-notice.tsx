"use client";

import { useCallback, useEffect, useState } from "react";
import { provinceByIso } from "@/lib/taxonomy/provinces";
import styles from "./province-toggle-notice.module.css";

/** How long the notice stays when nothing else happens (it stays while pointed at or focused). */
const NOTICE_MS = 10_000;

/**
 * A province a click on the map added or removed: `before` is the page's query before it (what Undo
 * goes back to), `landed` is set once the filter it asked for is shown, `undone` once Undo was used.
 */
export type ProvinceToggle = { id: number; iso: string; added: boolean; before: string; undone: boolean; landed: boolean };

/**
 * What a click on the map last did to the filter, until it is undone, the next change of the filter
 * lands, or a while passes. `filterQuery` is the filter shown: its first change after a toggle is the
 * toggle's own navigation, the next one is another change, which ends the notice.
 */
export function useProvinceToggle(filterQuery: string) {
  const [toggle, setToggle] = useState<ProvinceToggle | null>(null);
  const [shownQuery, setShownQuery] = useState(filterQuery);
  if (shownQuery !== filterQuery) {
    setShownQuery(filterQuery);
    if (toggle) setToggle(toggle.landed ? null : { ...toggle, landed: true });
  }
  const record = (change: Pick<ProvinceToggle, "iso" | "added" | "before" | "undone">) =>
    setToggle((t) => ({ ...change, id: (t?.id ?? 0) + 1, landed: false }));
  const dismiss = useCallback(() => setToggle(null), []);
  return { toggle, record, dismiss };
}

type Props = { toggle: ProvinceToggle | null; onUndo: (t: ProvinceToggle) => void; onDismiss: () => void };

/**
 * The visible, polite cue after a click on the map toggled a province ("Khyber Pakhtunkhwa added to
 * the filter"), with Undo. The live region is always there, so screen readers hear each new text.
 */
export function ProvinceToggleNotice({ toggle, onUndo, onDismiss }: Props) {
  const [held, setHeld] = useState(false);
  const id = toggle?.id;
  useEffect(() => {
    if (id === undefined || held) return;
    const timer = setTimeout(onDismiss, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [id, held, onDismiss]);

  return (
    <div role="status" className={styles.live}>
      {toggle ? (
        <div
          className={styles.notice}
          onPointerEnter={() => setHeld(true)}
          onPointerLeave={() => setHeld(false)}
          onFocus={() => setHeld(true)}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget)) setHeld(false);
          }}
        >
          <span>{noticeText(toggle)}</span>
          {toggle.undone ? null : (
            <button type="button" className="button small secondary" onClick={() => onUndo(toggle)}>
              Undo
            </button>
          )}
        </div>
      ) : null}
    </div>
  );
}

function noticeText({ iso, added, undone }: ProvinceToggle): string {
  const name = provinceByIso(iso)?.name ?? iso;
  if (undone) return added ? `Undone: ${name} is out of the filter again.` : `Undone: ${name} is back in the filter.`;
  return added ? `${name} added to the filter.` : `${name} removed from the filter.`;
}
