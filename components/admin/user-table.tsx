import type { UserSummary } from "@/lib/auth/users.server";
import type { InviteSummary } from "@/lib/auth/invites.server";
import { formatDateTime, formatDayOf } from "@/lib/dates/format-date-time";
import { UserRowActions } from "./user-row-actions";
import { InviteRowActions } from "./invite-row-actions";
import { RenameUserForm } from "./rename-user-form";
import { AllowSignInForm } from "./allow-sign-in-form";
import styles from "./user-table.module.css";

type Props = { users: UserSummary[]; invites: InviteSummary[]; currentUserId: string };

/** Open invitations first (they need attention), then everyone with an account, active first. */
export function UserTable({ users, invites, currentUserId }: Props) {
  return (
    // Positioned, so the visually hidden labels inside scroll with the table instead of widening the page.
    <div className="table-wrap">
      <table className="data">
        <caption className="visually-hidden">Pending invitations, then users, active first</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {invites.map((i) => (
            <tr key={`invite-${i.id}`}>
              <th scope="row">{i.name}</th>
              <td>{i.email}</td>
              <td>{i.role}</td>
              <td>
                {i.status === "pending" ? "Invited, pending" : "Invitation expired"}
                <br />
                <span className="muted" title={formatDateTime(i.expiresAt)}>
                  {i.status === "pending" ? "expires" : "expired"} {formatDayOf(i.expiresAt)}
                </span>
              </td>
              <td>
                {formatDateTime(i.createdAt)}
                {i.invitedBy ? (
                  <>
                    <br />
                    <span className="muted">by {i.invitedBy}</span>
                  </>
                ) : null}
              </td>
              <td>
                <InviteRowActions id={i.id} name={i.name} />
              </td>
            </tr>
          ))}
          {users.map((u) => (
            <tr key={u.id}>
              <th scope="row">
                {u.name}
                {u.id === currentUserId ? <span className="muted"> (you)</span> : null}
                {u.renamed ? (
                  <span className={styles.note} title={formatDateTime(u.renamed.at)}>
                    formerly {u.renamed.from}, renamed by {u.renamed.byName}
                  </span>
                ) : null}
              </th>
              <td>{u.email}</td>
              <td>{u.role}</td>
              <td>
                {u.active ? "Active" : "Deactivated"}
                <AllowSignInForm id={u.id} name={u.name} lockedUntil={u.signInLockedUntil} />
              </td>
              <td>{formatDateTime(u.createdAt)}</td>
              <td>
                <UserRowActions id={u.id} name={u.name} role={u.role} active={u.active} />
                <RenameUserForm id={u.id} name={u.name} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
