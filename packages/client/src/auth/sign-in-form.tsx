"use client";

import { z } from "zod";
import { Alert, Button } from "@healio/ui";
import { authErrorMessage } from "@healio/ui/auth-errors";
import { emailSchema } from "@healio/ui/form";
import type { ExternalProvider } from "@healio/auth/client";
import { authClient } from "./auth-client";
import { ExternalSignInButtons } from "./external-sign-in";
import { EmailField, PasswordField } from "./auth-fields";
import { useAuthForm } from "./use-auth-form";

const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password."),
});

/**
 * Email + password sign-in, plus a button per configured external provider; on success a full page
 * load to `next` (a path checked by the page). `notice`: an error the page was sent back with.
 */
export function SignInForm({
  next,
  providers = [],
  notice,
}: {
  next: string;
  providers?: readonly ExternalProvider[];
  notice?: string | null;
}) {
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
    <>
      <form className="hl-form" noValidate onSubmit={onSubmit} aria-label="Sign in">
        {notice && !formError ? <Alert tone="danger">{notice}</Alert> : null}
        {formError ? <Alert tone="danger">{formError}</Alert> : null}
        <EmailField error={errors.email} />
        <PasswordField autoComplete="current-password" error={errors.password} />
        <Button type="submit" block loading={pending}>
          Sign in
        </Button>
      </form>
      <ExternalSignInButtons providers={providers} next={next} errorPath="/sign-in" />
    </>
  );
}
