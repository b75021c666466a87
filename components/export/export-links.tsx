import { exportHref } from "@/lib/export/export-href";
import styles from "./export-links.module.css";

/** Download links for the incidents the current filter shows, in each export format. */
export function ExportLinks({ params }: { params: URLSearchParams }) {
  return (
    <nav className={styles.exportLinks} aria-label="Export">
      <span className="muted">Export these incidents:</span>
      <a href={exportHref("csv", params)} download>
        CSV
      </a>
      <a href={exportHref("csv", params, { bom: true })} download title="CSV with a byte order mark, so Excel reads the accents">
        CSV for Excel
      </a>
      <a href={exportHref("geojson", params)} download>
        GeoJSON
      </a>
      <a href={exportHref("json", params)} download>
        JSON
      </a>
    </nav>
  );
}
