import styles from "./map.module.css";

/** What a map's frame shows while Leaflet's code loads: the frame's size, and a status for screen readers. */
export function MapSkeleton({ className }: { className: string | undefined }) {
  return (
    <div className={[className, styles.skeleton].filter(Boolean).join(" ")} role="status">
      <span className="visually-hidden">Loading map…</span>
    </div>
  );
}
