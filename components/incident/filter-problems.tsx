import type { z } from "zod";
import { toFieldErrors } from "@/lib/validation/field-errors";

/** A link with unreadable filter parameters still opens: those are listed and left out, the rest applies (page-query.ts). */
export function FilterProblems({ error }: { error: z.ZodError }) {
  const messages = Object.values(toFieldErrors(error)).flat();
  return (
    <div className="notice error" role="alert">
      <strong>Part of this link&apos;s filter could not be read and is left out; the rest of the filter applies.</strong>
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
