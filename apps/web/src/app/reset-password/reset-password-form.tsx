"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { Alert, Button, TextField } from "@healio/ui";
import { authClient } from "@/lib/auth-client";
import { authErrorMessage } from "@healio/ui/auth-errors";
import { focusFirstInvalid, newPasswordSchema, parseForm, type FieldErrors } from "@healio/ui/form";

const schema = z
  .object({ newPassword: newPasswordSchema, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match.",
  });

export function ResetPasswordForm({ token }: { token: string }) {
  const [errors, setErrors] = useState<FieldErrors<z.output<typeof schema>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

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
    const { error } = await authClient.resetPassword({ newPassword: parsed.data.newPassword, token });
    setPending(false);
    if (error) {
      setFormError(authErrorMessage(error));
      return;
    }
    setDone(true);
  }

  if (done) {
    return (
      <Alert tone="success" title="Password changed">
        <p>
          You can now <Link href="/sign-in">sign in with your new password</Link>.
        </p>
      </Alert>
    );
  }

  return (
    <form className="hl-form" noValidate onSubmit={onSubmit} aria-label="Choose a new password">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters."
        error={errors.newPassword}
      />
      <TextField
        label="Confirm new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmPassword}
      />
      <Button type="submit" block loading={pending}>
        Change password
      </Button>
    </form>
  );
}
