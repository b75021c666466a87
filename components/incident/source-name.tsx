/**
 * A source where the page names it: an article is a link to its URL (its words as `children`); a
 * dataset record ("ACLED PAK12345") has no page to open, so it is named, without a link
 * (docs/decisions/020-dataset-sources.md).
 */
export function SourceName({
  source,
  newTab = false,
  children,
}: {
  source: { url: string | null; datasetRecord: string | null };
  newTab?: boolean;
  children: React.ReactNode;
}) {
  if (!source.url) return <DatasetRecordName name={source.datasetRecord ?? ""} />;
  return newTab ? (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  ) : (
    <a href={source.url} rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** "ACLED PAK12345 (dataset record)". */
export function DatasetRecordName({ name }: { name: string }) {
  return (
    <span>
      {name} <span className="muted">(dataset record)</span>
    </span>
  );
}
