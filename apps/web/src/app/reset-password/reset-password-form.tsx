"use client";

import Link from "next/link";
import { useState } from "react";
import { z } from "zod";
import { Alert, Button } from "@healio/ui";
import { PasswordField, authClient, useAuthForm } from "@healio/client/auth";
import { authErrorMessage } from "@healio/ui/auth-errors";
import { newPasswordSchema } from "@healio/ui/form";

const schema = z
  .object({ newPassword: newPasswordSchema, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match.",
  });

export function ResetPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);

  const { errors, formError, pending, onSubmit } = useAuthForm(schema, async (values) => {
    const { error } = await authClient.resetPassword({ newPassword: values.newPassword, token });
    if (error) return authErrorMessage(error);
    setDone(true);
  });

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
      <PasswordField label="New password" name="newPassword" autoComplete="new-password" error={errors.newPassword} />
      <PasswordField
        label="Confirm new password"
        name="confirmPassword"
        autoComplete="new-password"
        error={errors.confirmPassword}
      />
      <Button type="submit" block loading={pending}>
        Change password
      </Button>
    </form>
  );
}
