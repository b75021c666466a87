import type { UserSummary } from "@/lib/auth/users.server";
import { formatDateTime } from "@/lib/format/date-time";
import { UserRowActions } from "./user-row-actions";

export function UserTable({ users, currentUserId }: { users: UserSummary[]; currentUserId: string }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="visually-hidden">Users, active first</caption>
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
          {users.map((u) => (
            <tr key={u.id}>
              <th scope="row">
                {u.name}
                {u.id === currentUserId ? <span className="muted"> (you)</span> : null}
              </th>
              <td>{u.email}</td>
              <td>{u.role}</td>
              <td>{u.active ? "Active" : "Deactivated"}</td>
              <td className="nowrap">{formatDateTime(u.createdAt)}</td>
              <td>
                <UserRowActions id={u.id} name={u.name} role={u.role} active={u.active} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
