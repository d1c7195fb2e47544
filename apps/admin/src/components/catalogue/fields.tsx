"use client";

import { useId, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, type InputHTMLAttributes } from "react";
import { cx } from "@healio/ui";

/** ids for a field's hint and error, joined for aria-describedby. */
function describedBy(id: string, hint: ReactNode, error: ReactNode): string | undefined {
  return cx(hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined) || undefined;
}

function FieldText({ id, hint, error }: { id: string; hint?: ReactNode; error?: ReactNode }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="hl-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="hl-field__error">
          {error}
        </p>
      ) : null}
    </>
  );
}

function Label({ id, label, required }: { id: string; label: ReactNode; required?: boolean }) {
  return (
    <label className="hl-field__label" htmlFor={id}>
      {label}
      {required ? (
        <span className="hl-field__required" aria-hidden="true">
          *
        </span>
      ) : null}
    </label>
  );
}

type Common = { label: ReactNode; hint?: ReactNode; error?: ReactNode; containerClassName?: string };

export function SelectField({
  label,
  hint,
  error,
  id,
  containerClassName,
  className,
  children,
  ...rest
}: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const generated = useId();
  const fieldId = id ?? `field-${generated}`;
  return (
    <div className={cx("hl-field", containerClassName)}>
      <Label id={fieldId} label={label} required={rest.required} />
      <select
        {...rest}
        id={fieldId}
        className={cx("hl-input", className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
      >
        {children}
      </select>
      <FieldText id={fieldId} hint={hint} error={error} />
    </div>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  id,
  containerClassName,
  className,
  ...rest
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const generated = useId();
  const fieldId = id ?? `field-${generated}`;
  return (
    <div className={cx("hl-field", containerClassName)}>
      <Label id={fieldId} label={label} required={rest.required} />
      <textarea
        {...rest}
        id={fieldId}
        className={cx("hl-input", "console-textarea", className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
      />
      <FieldText id={fieldId} hint={hint} error={error} />
    </div>
  );
}

export function CheckboxField({
  label,
  hint,
  error,
  id,
  containerClassName,
  ...rest
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  const generated = useId();
  const fieldId = id ?? `field-${generated}`;
  return (
    <div className={cx("hl-field", containerClassName)}>
      <div className="console-check">
        <input
          {...rest}
          type="checkbox"
          id={fieldId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(fieldId, hint, error)}
        />
        <label htmlFor={fieldId}>{label}</label>
      </div>
      <FieldText id={fieldId} hint={hint} error={error} />
    </div>
  );
}
