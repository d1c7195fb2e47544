"use client";

import { useState, type FormEvent } from "react";
import { z } from "zod";
import { Alert, Button, TextField } from "@healio/ui";
import { authClient } from "@/lib/auth-client";
import { authErrorMessage } from "@healio/ui/auth-errors";
import { emailSchema, focusFirstInvalid, parseForm, type FieldErrors } from "@healio/ui/form";

const schema = z.object({ email: emailSchema });

export function ForgotPasswordForm() {
  const [errors, setErrors] = useState<FieldErrors<z.output<typeof schema>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

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
    const { error } = await authClient.requestPasswordReset({
      email: parsed.data.email,
      redirectTo: "/reset-password",
    });
    setPending(false);
    if (error) {
      setFormError(authErrorMessage(error));
      return;
    }
    setSentTo(parsed.data.email);
  }

  if (sentTo) {
    // Same answer whether or not the account exists: no account enumeration.
    return (
      <Alert tone="success" title="Check your inbox">
        If an account exists for {sentTo}, we have sent a link to reset its password. The link expires soon.
      </Alert>
    );
  }

  return (
    <form className="hl-form" noValidate onSubmit={onSubmit} aria-label="Reset password">
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
      <Button type="submit" block loading={pending}>
        Send reset link
      </Button>
    </form>
  );
}
