import type { AuthFormState } from "@/lib/auth/form-state";
import authStyles from "./auth.module.css";

/** The outcome of an account form, read out by screen readers as it appears. */
export function FormMessage({ state }: { state: AuthFormState }) {
  if (state.status === "error" && state.message) {
    return (
      <p className="notice error" role="alert">
        {state.message}
      </p>
    );
  }
  if (state.status === "done") {
    return (
      <div className="notice ok" role="status">
        <p>{state.message}</p>
        {state.secret ? (
          <p>
            <code className={authStyles.secret} aria-label="Shown once">
              {state.secret}
            </code>
          </p>
        ) : null}
      </div>
    );
  }
  return null;
}
