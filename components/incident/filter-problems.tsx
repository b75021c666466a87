import type { z } from "zod";
import { toFieldErrors } from "@/lib/validation/field-errors";

/** A link with an unreadable filter still opens: the problems are listed and the filter is ignored. */
export function FilterProblems({ error }: { error: z.ZodError }) {
  const messages = Object.values(toFieldErrors(error)).flat();
  return (
    <div className="notice error" role="alert">
      <strong>This link&apos;s filter could not be read, so all incidents are shown.</strong>
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
