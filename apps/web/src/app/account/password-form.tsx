"use client";

import { useState, type FormEvent } from "react";
import { z } from "zod";
import { Alert, Button } from "@healio/ui";
import { PasswordField, authClient } from "@healio/client/auth";
import { authErrorMessage } from "@healio/ui/auth-errors";
import { newPasswordSchema } from "@healio/ui/form";

const schema = z
  .object({ currentPassword: z.string().min(1, "Enter your current password."), newPassword: newPasswordSchema, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ." });

/**
 * Better-Auth changePassword with revokeOtherSessions: every other device is signed out, this one
 * gets a fresh session. The breached-password check runs on the server (password-policy.ts).
 */
export function PasswordForm() {
  const [errors, setErrors] = useState<Partial<Record<"currentPassword" | "newPassword" | "confirmPassword", string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setDone(false);
    setFormError(null);
    const parsed = schema.safeParse(Object.fromEntries(new FormData(form)));
    if (!parsed.success) {
      const fields = parsed.error.flatten().fieldErrors;
      setErrors({ currentPassword: fields.currentPassword?.[0], newPassword: fields.newPassword?.[0], confirmPassword: fields.confirmPassword?.[0] });
      return;
    }
    setErrors({});
    setPending(true);
    const { error } = await authClient.changePassword({
      currentPassword: parsed.data.currentPassword,
      newPassword: parsed.data.newPassword,
      revokeOtherSessions: true,
    });
    setPending(false);
    if (error) {
      setFormError(authErrorMessage(error));
      return;
    }
    form.reset();
    setDone(true);
  }

  return (
    <form className="hl-form" noValidate onSubmit={onSubmit} aria-label="Change password">
      {done ? <Alert tone="success">Your password is changed. Other devices were signed out.</Alert> : null}
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <PasswordField name="currentPassword" label="Current password" autoComplete="current-password" error={errors.currentPassword} />
      <PasswordField name="newPassword" label="New password" autoComplete="new-password" error={errors.newPassword} />
      <PasswordField name="confirmPassword" label="Repeat the new password" autoComplete="new-password" error={errors.confirmPassword} />
      <div>
        <Button type="submit" loading={pending}>
          Change password
        </Button>
      </div>
    </form>
  );
}
