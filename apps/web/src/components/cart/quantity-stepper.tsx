"use client";

import { useEffect, useId, useState } from "react";
import { cx } from "@healio/ui";
import { MAX_LINE_QUANTITY } from "./local-cart";

export interface QuantityStepperProps {
  value: number;
  onChange(quantity: number): void;
  /** Accessible name, e.g. "Quantity of Ibuprofen 200 mg". */
  label: string;
  max?: number;
  disabled?: boolean;
  /** Shows the visible "Quantity" label (the accessible name is always `label`). */
  showLabel?: boolean;
  className?: string;
}

/** − [n] + with a typed value committed on blur / Enter; whole numbers 1..max (default 99). */
export function QuantityStepper({
  value,
  onChange,
  label,
  max = MAX_LINE_QUANTITY,
  disabled = false,
  showLabel = false,
  className,
}: QuantityStepperProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const upper = Math.max(1, Math.min(max, MAX_LINE_QUANTITY));

  useEffect(() => setDraft(String(value)), [value]);

  function commit(raw: string) {
    const n = Math.trunc(Number(raw));
    if (!Number.isFinite(n) || raw.trim() === "") {
      setDraft(String(value));
      return;
    }
    const clamped = Math.min(Math.max(n, 1), upper);
    setDraft(String(clamped));
    if (clamped !== value) onChange(clamped);
  }

  return (
    <div className={cx("qty-stepper", className)}>
      {showLabel ? (
        <label htmlFor={id} className="hl-field__label">
          Quantity
        </label>
      ) : null}
      <div className="qty-stepper__controls">
        <button
          type="button"
          className="hl-button hl-button--secondary hl-button--sm qty-stepper__button"
          aria-label={`Decrease ${label}`}
          disabled={disabled || value <= 1}
          onClick={() => onChange(Math.max(1, value - 1))}
        >
          −
        </button>
        <input
          id={id}
          className="hl-input qty-stepper__input"
          type="number"
          inputMode="numeric"
          min={1}
          max={upper}
          step={1}
          aria-label={label}
          value={draft}
          disabled={disabled}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              commit(e.currentTarget.value);
            }
          }}
        />
        <button
          type="button"
          className="hl-button hl-button--secondary hl-button--sm qty-stepper__button"
          aria-label={`Increase ${label}`}
          disabled={disabled || value >= upper}
          onClick={() => onChange(Math.min(upper, value + 1))}
        >
          +
        </button>
      </div>
    </div>
  );
}
