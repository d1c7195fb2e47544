"use client";

import { useState, type FormEvent } from "react";
import { z } from "zod";
import { Alert, Button, TextField } from "@healio/ui";
import { authClient } from "@/lib/auth-client";
import { authErrorMessage } from "@healio/ui/auth-errors";
import { emailSchema, focusFirstInvalid, newPasswordSchema, parseForm, type FieldErrors } from "@healio/ui/form";

const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email: emailSchema,
  password: newPasswordSchema,
});
type SignUpValues = z.output<typeof signUpSchema>;

export function SignUpForm() {
  const [errors, setErrors] = useState<FieldErrors<SignUpValues>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [checkInbox, setCheckInbox] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setFormError(null);
    const parsed = parseForm(signUpSchema, form);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      focusFirstInvalid(form, parsed.errors);
      return;
    }
    setErrors({});
    setPending(true);
    const { data, error } = await authClient.signUp.email({
      ...parsed.data,
      // Where the link in the verification email lands after Better-Auth verified the token.
      callbackURL: "/verify-email?verified=1",
    });
    if (error) {
      setFormError(authErrorMessage(error));
      setPending(false);
      return;
    }
    if (data?.token) {
      // Signed in right away: full navigation so the header shows the session.
      window.location.assign("/account");
      return;
    }
    // The server requires a verified email before the first sign-in.
    setPending(false);
    setCheckInbox(parsed.data.email);
  }

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
        autoComplete="new-password"
        required
        hint="At least 8 characters."
        error={errors.password}
      />
      <Button type="submit" block loading={pending}>
        Create account
      </Button>
    </form>
  );
}
