import styles from "./api-docs.module.css";

type Schema = { type?: string | string[]; items?: Schema; enum?: unknown[]; $ref?: string; minimum?: number; maximum?: number; default?: unknown };
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema: Schema };
type Response = { description: string; content?: Record<string, { schema: Schema }> };
export type Operation = {
  summary: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, Response>;
};

export function schemaLabel(s: Schema | undefined): string {
  if (!s) return "";
  if (s.$ref) return s.$ref.split("/").pop()!;
  if (s.enum) return s.enum.map(String).join(" | ");
  if (s.type === "array") return `${schemaLabel(s.items)}[]`;
  const type = Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "any");
  const range = s.minimum !== undefined || s.maximum !== undefined ? ` (${s.minimum ?? ""}–${s.maximum ?? ""})` : "";
  return `${type}${range}${s.default !== undefined ? `, default ${String(s.default)}` : ""}`;
}

/** One endpoint of the API reference: method, path, parameters, body and responses. */
export function OperationDocs({ method, path, op }: { method: string; path: string; op: Operation }) {
  const anchor = `${method}-${path}`.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
  return (
    <section className={`${styles.apiOp} card`} aria-labelledby={anchor}>
      <h3 id={anchor}>
        <span className={`${styles.apiMethod} ${styles[method]}`}>{method.toUpperCase()}</span> <code>{path}</code>
      </h3>
      <p>{op.summary}</p>
      {op.description && <p className="muted">{op.description}</p>}
      {op.parameters && op.parameters.length > 0 && (
        <table className="data">
          <caption>Parameters</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">In</th>
              <th scope="col">Type</th>
              <th scope="col">Description</th>
            </tr>
          </thead>
          <tbody>
            {op.parameters.map((p) => (
              <tr key={`${p.in}-${p.name}`}>
                <td>
                  <code>{p.name}</code>
                  {p.required ? " (required)" : ""}
                </td>
                <td>{p.in}</td>
                <td>{schemaLabel(p.schema)}</td>
                <td>{p.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {op.requestBody && (
        <p>
          Body:{" "}
          {Object.entries(op.requestBody.content).map(([type, c]) => (
            <span key={type}>
              <code>{type}</code> {schemaLabel(c.schema)}
            </span>
          ))}
        </p>
      )}
      <ul className={styles.apiResponses}>
        {Object.entries(op.responses).map(([status, r]) => (
          <li key={status}>
            <strong>{status}</strong> {r.description}
            {r.content &&
              Object.entries(r.content).map(([type, c]) => (
                <span key={type} className="muted">
                  {" "}
                  · <code>{type}</code> {schemaLabel(c.schema)}
                </span>
              ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
