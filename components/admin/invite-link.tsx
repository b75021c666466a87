"use client";

import { useRef, useState } from "react";
import { formatDateTime } from "@/lib/dates/format-date-time";

/**
 * A new invitation link, shown once, with a Copy button. The clipboard API needs a secure context
 * (https or localhost); on plain http across a LAN the link is selected for Ctrl+C instead.
 */
export function InviteLink({ message, link, expiresAt }: { message: string; link: string; expiresAt: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"idle" | "copied" | "selected">("idle");
  const copy = async () => {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(link);
      setCopied("copied");
    } catch {
      setCopied("selected");
    }
  };
  return (
    <div className="notice ok" role="status">
      <p>{message}</p>
      <div className="field">
        <label htmlFor="invite-link">Invitation link</label>
        <input id="invite-link" ref={input} type="text" value={link} readOnly onFocus={(e) => e.currentTarget.select()} />
      </div>
      <p>
        <button type="button" className="button secondary small" onClick={copy}>
          Copy link
        </button>
      </p>
      <p className="muted">
        Expires {formatDateTime(expiresAt)}.
        {copied === "copied" ? " Copied to the clipboard." : copied === "selected" ? " Selected: press Ctrl+C (⌘C) to copy." : null}
      </p>
    </div>
  );
}
