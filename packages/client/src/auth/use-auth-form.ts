"use client";

import { useState, type FormEvent } from "react";
import type { z } from "zod";
import { focusFirstInvalid, parseForm, type FieldErrors } from "@healio/ui/form";

export interface AuthFormOptions {
  /** Keep the button busy after success (the page is about to navigate away). */
  keepPendingOnSuccess?: boolean;
}

/**
 * The submit cycle every account form shares: validate with zod (field errors, focus on the first
 * invalid field), run `submit`, show its error message above the form. `submit` returns the
 * message to show, or nothing on success.
 */
export function useAuthForm<S extends z.ZodType<Record<string, unknown>>>(
  schema: S,
  submit: (values: z.output<S>) => Promise<string | null | undefined>,
  { keepPendingOnSuccess = false }: AuthFormOptions = {},
) {
  const [errors, setErrors] = useState<FieldErrors<z.output<S>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setFormError(null);
    const parsed = parseForm(schema, form);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      focusFirstInvalid(form, parsed.errors);
      return;
    }
    setErrors({});
    setPending(true);
    let message: string | null | undefined;
    try {
      message = await submit(parsed.data);
    } catch (error) {
      message = error instanceof Error && error.message ? error.message : "Something went wrong. Please try again.";
    }
    if (message) setFormError(message);
    if (message || !keepPendingOnSuccess) setPending(false);
  }

  return { errors, formError, pending, onSubmit };
}
