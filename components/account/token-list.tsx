import type { ApiTokenSummary } from "@/lib/auth/api-tokens.server";
import { formatDateTime } from "@/lib/dates/format-date-time";
import { RevokeTokenButton } from "./revoke-token-button";

export function TokenList({ tokens }: { tokens: ApiTokenSummary[] }) {
  if (tokens.length === 0) return <p className="muted">You have no API tokens.</p>;
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="visually-hidden">Your API tokens</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Starts with</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id}>
              <td>{t.name}</td>
              <td>
                <code>{t.tokenPrefix}…</code>
              </td>
              <td className="nowrap">{formatDateTime(t.createdAt)}</td>
              <td className="nowrap">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "never"}</td>
              <td>{t.revokedAt ? `Revoked ${formatDateTime(t.revokedAt)}` : <RevokeTokenButton id={t.id} name={t.name} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
