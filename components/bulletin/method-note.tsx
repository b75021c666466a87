import { METHOD_NOTE } from "@/lib/incidents/bulletin/method-note";

/** What the bulletin counts and how disputed figures are coded: the same words as the PDF's. */
export function MethodNote() {
  return (
    <section aria-labelledby="method-heading" className="card">
      <h2 id="method-heading">Method</h2>
      {METHOD_NOTE.map((p) => (
        <p key={p.title}>
          <strong>{p.title}.</strong> {p.text}
        </p>
      ))}
    </section>
  );
}
