"use client";

import { useState } from "react";
import { z } from "zod";
import { Alert, Button } from "@healio/ui";
import { EmailField, authClient, useAuthForm } from "@healio/client/auth";
import { authErrorMessage } from "@healio/ui/auth-errors";
import { emailSchema } from "@healio/ui/form";

const schema = z.object({ email: emailSchema });

export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);

  const { errors, formError, pending, onSubmit } = useAuthForm(schema, async ({ email }) => {
    const { error } = await authClient.requestPasswordReset({ email, redirectTo: "/reset-password" });
    if (error) return authErrorMessage(error);
    setSentTo(email);
  });

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
      <EmailField error={errors.email} />
      <Button type="submit" block loading={pending}>
        Send reset link
      </Button>
    </form>
  );
}
