import type { Metadata } from "next";
import { openApiDocument } from "@/lib/api/openapi";
import { OperationDocs, type Operation } from "@/components/api-docs/operation";
import styles from "@/components/api-docs/api-docs.module.css";

export const metadata: Metadata = { title: "API" };

/** The API reference, rendered on the server from the OpenAPI document: no script or CDN, works offline. */
export default function ApiDocsPage() {
  const doc = openApiDocument();
  return (
    <>
      <div className="page-head">
        <h1>API reference</h1>
        <p className="muted">
          OpenAPI {doc.openapi}: <a href="/api/openapi.json">/api/openapi.json</a>
        </p>
      </div>
      <p>{doc.info.description}</p>
      <h2>Endpoints</h2>
      {Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.entries(methods as Record<string, Operation>).map(([method, op]) => (
          <OperationDocs key={`${method} ${path}`} method={method} path={path} op={op} />
        )),
      )}
      <h2>Schemas</h2>
      {Object.entries(doc.components.schemas).map(([name, schema]) => (
        <details key={name} className={`${styles.apiSchema} card`} id={`schema-${name}`}>
          <summary>{name}</summary>
          <pre>{JSON.stringify(schema, null, 2)}</pre>
        </details>
      ))}
    </>
  );
}
