"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ExternalProvider } from "@healio/auth/client";
import { Alert, Button, DateTime, LoadingState } from "@healio/ui";
import { authClient } from "@healio/client/auth";
import { authErrorMessage } from "@healio/ui/auth-errors";

const KEY = ["auth", "accounts"] as const;

/**
 * The ways to sign in to this account: the password and any linked provider. A provider can be
 * unlinked unless it is the last way in (Better-Auth refuses that too); configured providers not
 * yet linked can be connected (same e-mail address only).
 */
export function LinkedAccounts({ providers, notice }: { providers: readonly ExternalProvider[]; notice: string | null }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(notice);
  const accounts = useQuery({
    queryKey: KEY,
    queryFn: async () => {
      const { data, error: failed } = await authClient.listAccounts();
      if (failed) throw new Error(authErrorMessage(failed));
      return data;
    },
  });
  const unlink = useMutation({
    mutationFn: async (account: { id: string; providerId: string }) => {
      const { error: failed } = await authClient.unlinkAccount({ accountId: account.id });
      if (failed) throw new Error(authErrorMessage(failed));
    },
    onMutate: () => setError(null),
    onError: (e) => setError(e.message),
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
  const [connecting, setConnecting] = useState<string | null>(null);

  if (accounts.isPending) return <LoadingState label="Loading your sign-in methods" />;
  if (accounts.isError) return <Alert tone="danger">{accounts.error.message}</Alert>;
  const nameOf = (providerId: string) =>
    providerId === "credential" ? "E-mail and password" : (providers.find((p) => p.id === providerId)?.name ?? providerId);
  const linked = new Set(accounts.data.map((a) => a.providerId));
  const onlyOne = accounts.data.length <= 1;

  return (
    <div className="hl-stack">
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <ul className="account-list" aria-label="Ways to sign in">
        {accounts.data.map((a) => (
          <li key={a.id} className="account-list__row">
            <div>
              <strong>{nameOf(a.providerId)}</strong>
              <p className="hl-small hl-muted">
                Added <DateTime value={a.createdAt} />
              </p>
            </div>
            {a.providerId === "credential" ? null : onlyOne ? (
              <span className="hl-small hl-muted">Your only way to sign in</span>
            ) : (
              <Button
                size="sm"
                variant="secondary"
                loading={unlink.isPending && unlink.variables?.id === a.id}
                onClick={() => unlink.mutate({ id: a.id, providerId: a.providerId })}
              >
                Unlink {nameOf(a.providerId)}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {providers
        .filter((p) => !linked.has(p.id))
        .map((p) => (
          <div key={p.id}>
            <Button
              variant="secondary"
              loading={connecting === p.id}
              onClick={async () => {
                setConnecting(p.id);
                setError(null);
                const { error: failed } = await authClient.linkSocial({
                  provider: p.id,
                  callbackURL: "/account",
                  // Better-Auth appends ?error=… (shown above through externalSignInErrorMessage).
                  errorCallbackURL: "/account",
                });
                if (failed) {
                  setConnecting(null);
                  setError(authErrorMessage(failed));
                }
              }}
            >
              Connect {p.name}
            </Button>
          </div>
        ))}
    </div>
  );
}
