import type { IncidentRecord } from "@/lib/incidents/record/record";
import { formatDay } from "@/lib/dates/format-date";
import { sourceTitle } from "@/lib/format/source-title";
import { SourceName } from "./source-name";
import { ArchivedCopyLine } from "./archived-copy-line";
import listStyles from "./record-lists.module.css";

type Source = IncidentRecord["sources"][number];

/** Each article opens in a new tab, with outlet, headline and date; a dataset record is named, without a link. */
export function SourceList({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return <p className="muted">No sources yet: this record cannot be published until an article is added.</p>;
  return (
    <ol className={listStyles.sourceList}>
      {sources.map((s) => (
        <li key={s.id}>
          <SourceName source={s} newTab>
            {s.url ? sourceTitle(s.headline, s.url) : null}
          </SourceName>
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
