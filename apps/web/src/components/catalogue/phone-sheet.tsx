"use client";

import { useId, useState, type ReactNode } from "react";
import { buttonClassName } from "@healio/ui";
import "./catalogue.css";

/**
 * On phones, `children` wait behind a toggle button so the products come first; from tablet
 * width up the button is hidden and the content always shows (CSS: .phone-sheet).
 */
export function PhoneSheet({ label, summary, children }: { label: string; summary?: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="phone-sheet">
      <button
        type="button"
        className={buttonClassName({ variant: "secondary", size: "sm", className: "phone-sheet__toggle" })}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((v) => !v)}
      >
        {label}
        {summary ? <span className="phone-sheet__summary">{summary}</span> : null}
      </button>
      <div id={id} className="phone-sheet__content" data-open={open || undefined}>
        {children}
      </div>
    </div>
  );
}
