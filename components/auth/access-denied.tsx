import type { Role } from "@/lib/auth/roles";

/** What a signed-in user without the role sees instead of a form that writes (decision 005). */
export function AccessDenied({ title, role, need = "analyst" }: { title: string; role: Role; need?: Role }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="notice error" role="status">
        You need {need} access to do this. Your account is a {role} account; ask an administrator if you need to change records.
      </p>
    </>
  );
}
