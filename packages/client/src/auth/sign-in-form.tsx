"use client";

import { z } from "zod";
import { Alert, Button } from "@healio/ui";
import { authErrorMessage } from "@healio/ui/auth-errors";
import { emailSchema } from "@healio/ui/form";
import { authClient } from "./auth-client";
import { EmailField, PasswordField } from "./auth-fields";
import { useAuthForm } from "./use-auth-form";

const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password."),
});

/** Email + password sign-in; on success a full page load to `next` (a path checked by the page). */
export function SignInForm({ next }: { next: string }) {
  const { errors, formError, pending, onSubmit } = useAuthForm(
    signInSchema,
    async (values) => {
      const { error } = await authClient.signIn.email({ ...values });
      if (error) return authErrorMessage(error);
      // Full navigation: every server component (header, console layout) re-renders with the new
      // session and role, and the client query cache starts empty.
      window.location.assign(next);
    },
    { keepPendingOnSuccess: true },
  );

  return (
    <form className="hl-form" noValidate onSubmit={onSubmit} aria-label="Sign in">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <EmailField error={errors.email} />
      <PasswordField autoComplete="current-password" error={errors.password} />
      <Button type="submit" block loading={pending}>
        Sign in
      </Button>
    </form>
  );
}
