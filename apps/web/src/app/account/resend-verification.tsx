"use client";

import { useState } from "react";
import { Alert, Button } from "@healio/ui";
import { authClient } from "@healio/client/auth";
import { authErrorMessage } from "@healio/ui/auth-errors";

export function ResendVerification({ email }: { email: string }) {
  const [state, setState] = useState<"idle" | "pending" | "sent">("idle");
  const [error, setError] = useState<string | null>(null);

  if (state === "sent") {
    return <Alert tone="success">We sent a new verification link to {email}.</Alert>;
  }
  return (
    <div className="hl-stack hl-stack--sm">
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <div>
        <Button
          variant="secondary"
          size="sm"
          loading={state === "pending"}
          onClick={async () => {
            setState("pending");
            setError(null);
            const { error: err } = await authClient.sendVerificationEmail({
              email,
              callbackURL: "/verify-email?verified=1",
            });
            if (err) {
              setError(authErrorMessage(err));
              setState("idle");
            } else {
              setState("sent");
            }
          }}
        >
          Resend verification email
        </Button>
      </div>
    </div>
  );
}
