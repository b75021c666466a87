"use client";

import type { ButtonHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel?: string };

/** A submit button that says it is working and cannot be pressed twice while the form saves. */
export function SubmitButton({ children, pendingLabel = "Saving…", className = "button", ...rest }: Props) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} aria-disabled={pending || undefined} {...rest} onClick={(e) => pending && e.preventDefault()}>
      {pending ? pendingLabel : children}
    </button>
  );
}
