import { z } from "zod";

export type FieldErrors<T> = Partial<Record<keyof T & string, string>>;

export type ParseResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors<T> };

/** Validates a form's values with zod; returns the first message per field. */
export function parseForm<S extends z.ZodType<Record<string, unknown>>>(
  schema: S,
  form: HTMLFormElement,
): ParseResult<z.output<S>> {
  const values = Object.fromEntries(new FormData(form).entries());
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? "");
    if (key && !errors[key]) errors[key] = issue.message;
  }
  return { ok: false, errors: errors as FieldErrors<z.output<S>> };
}

/** Moves focus to the first invalid field so keyboard and screen-reader users land on the problem. */
export function focusFirstInvalid(form: HTMLFormElement, errors: Record<string, unknown>): void {
  const first = Object.keys(errors)[0];
  if (!first) return;
  const field = form.elements.namedItem(first);
  if (field instanceof HTMLElement) field.focus();
}

export const emailSchema = z
  .string()
  .trim()
  .min(1, "Enter your email address.")
  .pipe(z.email("Enter a valid email address, like name@example.com."));

/** Better-Auth's defaults: 8..128 characters. */
export const newPasswordSchema = z
  .string()
  .min(8, "Use at least 8 characters.")
  .max(128, "Use at most 128 characters.");
