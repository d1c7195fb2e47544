"use client";

import { useState } from "react";
import type { ExternalProvider } from "@healio/auth/client";
import { Alert, Button } from "@healio/ui";
import { authClient } from "./auth-client";

/**
 * "Continue with …" for each configured external provider (none configured: nothing renders).
 * Better-Auth sends the browser to the provider; it comes back to `next`, or to this page's
 * `errorPath` with `?error=…` (shown by the page through externalSignInErrorMessage).
 */
export function ExternalSignInButtons({
  providers,
  next,
  errorPath,
}: {
  providers: readonly ExternalProvider[];
  next: string;
  errorPath: string;
}) {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (providers.length === 0) return null;

  async function start(provider: ExternalProvider) {
    setPending(provider.id);
    setError(null);
    const errorCallbackURL = `${errorPath}${errorPath.includes("?") ? "&" : "?"}next=${encodeURIComponent(next)}`;
    const { error: failed } = await authClient.signIn.social({ provider: provider.id, callbackURL: next, errorCallbackURL });
    // On success the client navigates to the provider; only a failure to start comes back here.
    if (failed) {
      setPending(null);
      setError(`Could not reach ${provider.name}. Please try again.`);
    }
  }

  return (
    <div className="hl-stack" role="group" aria-label="Sign in with another account">
      <p className="hl-small hl-muted hl-divider-text">or</p>
      {error ? <Alert tone="danger">{error}</Alert> : null}
      {providers.map((p) => (
        <Button
          key={p.id}
          type="button"
          variant="secondary"
          block
          loading={pending === p.id}
          disabled={pending !== null && pending !== p.id}
          onClick={() => void start(p)}
        >
          Continue with {p.name}
        </Button>
      ))}
    </div>
  );
}
