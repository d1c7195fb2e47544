"use client";

import { useState } from "react";
import { z } from "zod";
import { Alert, Button, TextField } from "@healio/ui";
import { EmailField, PasswordField, authClient, useAuthForm } from "@healio/client/auth";
import { authErrorMessage } from "@healio/ui/auth-errors";
import { emailSchema, newPasswordSchema } from "@healio/ui/form";

const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email: emailSchema,
  password: newPasswordSchema,
});

/** `next`: a safe local path (checked by the page) to continue to, e.g. /checkout from the cart. */
export function SignUpForm({ next }: { next: string }) {
  const [checkInbox, setCheckInbox] = useState<string | null>(null);

  const { errors, formError, pending, onSubmit } = useAuthForm(signUpSchema, async (values) => {
    const { data, error } = await authClient.signUp.email({
      ...values,
      // Where the link in the verification email lands after Better-Auth verified the token.
      callbackURL: `/verify-email?verified=1&next=${encodeURIComponent(next)}`,
    });
    if (error) return authErrorMessage(error);
    if (data?.token) {
      // Signed in right away: full navigation so the header shows the session.
      window.location.assign(next);
      return;
    }
    // The server requires a verified email before the first sign-in.
    setCheckInbox(values.email);
  });

  if (checkInbox) {
    return (
      <Alert tone="success" title="Check your inbox">
        We sent a verification link to {checkInbox}. Open it to activate your account, then sign in.
      </Alert>
    );
  }

  return (
    <form className="hl-form" noValidate onSubmit={onSubmit} aria-label="Create account">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <TextField label="Full name" name="name" autoComplete="name" required maxLength={100} error={errors.name} />
      <EmailField error={errors.email} />
      <PasswordField autoComplete="new-password" error={errors.password} />
      <Button type="submit" block loading={pending}>
        Create account
      </Button>
    </form>
  );
}
