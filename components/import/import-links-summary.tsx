import type { ImportPreview } from "@/lib/import/preview";

const links = (n: number) => `${n.toLocaleString("en")} ${n === 1 ? "link" : "links"}`;

/** "3 links to restore, 1 skipped", then why each was skipped; nothing for a file without links. */
export function ImportLinksSummary({ summary }: { summary: ImportPreview["links"] }) {
  const { restore, already, skipped, skips } = summary;
  if (restore + already + skipped === 0) return null;
  const parts = [`${links(restore)} between incidents to restore`];
  if (already) parts.push(`${already.toLocaleString("en")} already in the Atlas`);
  if (skipped) parts.push(`${skipped.toLocaleString("en")} skipped`);
  return (
    <section aria-label="Links between incidents">
      <p>{parts.join(", ")}.</p>
      {skips.length > 0 && (
        <div className="table-wrap">
          <table className="data">
            <caption>Links not restored</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {skips.map((s, i) => (
                <tr key={`${s.where}-${i}`}>
                  <td className="nowrap">{s.where}</td>
                  <td>{s.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {skipped > skips.length && <p className="muted">…and {(skipped - skips.length).toLocaleString("en")} more skipped links.</p>}
    </section>
  );
}
