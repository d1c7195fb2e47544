"use client";

import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from "react";
import { cx } from "./cx";

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "children"> {
  label: ReactNode;
  hint?: ReactNode;
  /** Error text; sets aria-invalid and is linked to the input through aria-describedby. */
  error?: ReactNode;
  ref?: Ref<HTMLInputElement>;
  containerClassName?: string;
}

export function TextField({
  label,
  hint,
  error,
  id,
  className,
  containerClassName,
  required,
  "aria-describedby": describedBy,
  ...rest
}: TextFieldProps) {
  const generated = useId();
  const inputId = id ?? `field-${generated}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedByIds = cx(describedBy, hintId, errorId) || undefined;

  return (
    <div className={cx("hl-field", containerClassName)}>
      <label className="hl-field__label" htmlFor={inputId}>
        {label}
        {required ? (
          <span className="hl-field__required" aria-hidden="true">
            *
          </span>
        ) : null}
      </label>
      <input
        {...rest}
        id={inputId}
        required={required}
        className={cx("hl-input", className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByIds}
      />
      {hint ? (
        <p id={hintId} className="hl-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="hl-field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
