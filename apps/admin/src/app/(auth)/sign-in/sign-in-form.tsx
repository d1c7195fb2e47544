"use client";

import { useState, type FormEvent } from "react";
import { z } from "zod";
import { Alert, Button, TextField } from "@healio/ui";
import { authClient } from "@/lib/auth-client";
import { authErrorMessage } from "@healio/ui/auth-errors";
import { emailSchema, focusFirstInvalid, parseForm, type FieldErrors } from "@healio/ui/form";

const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password."),
});
type SignInValues = z.output<typeof signInSchema>;

export function SignInForm({ next }: { next: string }) {
  const [errors, setErrors] = useState<FieldErrors<SignInValues>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setFormError(null);
    const parsed = parseForm(signInSchema, form);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      focusFirstInvalid(form, parsed.errors);
      return;
    }
    setErrors({});
    setPending(true);
    const { error } = await authClient.signIn.email({ ...parsed.data });
    if (error) {
      setFormError(authErrorMessage(error));
      setPending(false);
      return;
    }
    // Full navigation: the console layout re-renders with the new session and role.
    window.location.assign(next);
  }

  return (
    <form className="hl-form" noValidate onSubmit={onSubmit} aria-label="Sign in">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        error={errors.email}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <Button type="submit" block loading={pending}>
        Sign in
      </Button>
    </form>
  );
}
