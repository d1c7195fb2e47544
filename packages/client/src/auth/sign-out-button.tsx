"use client";

import { useState } from "react";
import { Button, type ButtonVariant } from "@healio/ui";
import { authClient } from "./auth-client";

/**
 * Signs out, then does a full page load so every server-rendered part (header, account) and the
 * client query cache start from a clean, signed-out state.
 */
export function SignOutButton({ variant = "ghost", redirectTo = "/" }: { variant?: ButtonVariant; redirectTo?: string }) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant={variant}
      size="sm"
      loading={pending}
      onClick={async () => {
        setPending(true);
        try {
          await authClient.signOut();
        } finally {
          window.location.assign(redirectTo);
        }
      }}
    >
      Sign out
    </Button>
  );
}
