"use client";

import { TextField } from "@healio/ui";

/** The account email field, with the autofill hints browsers and password managers expect. */
export function EmailField({ error }: { error: string | undefined }) {
  return (
    <TextField label="Email" name="email" type="email" autoComplete="email" inputMode="email" required error={error} />
  );
}

/** A password field; "new-password" fields say the rule (Better-Auth: 8..128 characters). */
export function PasswordField({
  label = "Password",
  name = "password",
  autoComplete,
  error,
}: {
  label?: string;
  name?: string;
  autoComplete: "current-password" | "new-password";
  error: string | undefined;
}) {
  return (
    <TextField
      label={label}
      name={name}
      type="password"
      autoComplete={autoComplete}
      required
      hint={autoComplete === "new-password" && name !== "confirmPassword" ? "At least 8 characters." : undefined}
      error={error}
    />
  );
}
