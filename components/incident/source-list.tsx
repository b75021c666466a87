import type { IncidentRecord } from "@/lib/incidents/record/record";
import { formatDay } from "@/lib/dates/format-date";
import { sourceTitle } from "@/lib/format/source-title";
import { ArchivedCopyLine } from "./archived-copy-line";
import listStyles from "./record-lists.module.css";

type Source = IncidentRecord["sources"][number];

/** Each source opens the article in a new tab, with outlet, headline and date. */
export function SourceList({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return <p className="muted">No sources yet: this record cannot be published until one is added.</p>;
  return (
    <ol className={listStyles.sourceList}>
      {sources.map((s) => (
        <li key={s.id}>
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {sourceTitle(s.headline, s.url)}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
          <div className="muted">
            {s.outlet}
            {s.publishedAt ? ` · ${formatDay(s.publishedAt)}` : " · date not known"}
            {s.language !== "en" ? ` · ${s.language}` : ""}
          </div>
          {s.archivedCopy ? <ArchivedCopyLine copy={s.archivedCopy} /> : null}
          {s.quote ? <blockquote className={listStyles.statement}>{s.quote}</blockquote> : null}
        </li>
      ))}
    </ol>
  );
}
