"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Badge, Button, DateTime, LoadingState } from "@healio/ui";
import { authClient } from "@healio/client/auth";
import { authErrorMessage } from "@healio/ui/auth-errors";

const KEY = ["auth", "sessions"] as const;

/** "Chrome on Linux" from a user agent, enough for a person to recognise a device. */
function deviceOf(userAgent: string | null | undefined): string {
  if (!userAgent) return "Unknown device";
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrom(e|ium)\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : userAgent.split(/[ /]/)[0] || "Browser";
  const os = /Android/.test(userAgent)
    ? "Android"
    : /iPhone|iPad/.test(userAgent)
      ? "iOS"
      : /Windows/.test(userAgent)
        ? "Windows"
        : /Mac OS X/.test(userAgent)
          ? "macOS"
          : /Linux/.test(userAgent)
            ? "Linux"
            : null;
  return os ? `${browser} on ${os}` : browser;
}

/** Where this account is signed in (Better-Auth sessions); revoke one, or all but this one. */
export function Sessions({ currentSessionId }: { currentSessionId: string }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const sessions = useQuery({
    queryKey: KEY,
    queryFn: async () => {
      const { data, error: failed } = await authClient.listSessions();
      if (failed) throw new Error(authErrorMessage(failed));
      return [...data].sort((a, b) => Number(b.id === currentSessionId) - Number(a.id === currentSessionId));
    },
  });
  const revoke = useMutation({
    mutationFn: async (token: string | null) => {
      const { error: failed } = token ? await authClient.revokeSession({ token }) : await authClient.revokeOtherSessions();
      if (failed) throw new Error(authErrorMessage(failed));
    },
    onMutate: () => setError(null),
    onError: (e) => setError(e.message),
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });

  if (sessions.isPending) return <LoadingState label="Loading your sessions" />;
  if (sessions.isError) return <Alert tone="danger">{sessions.error.message}</Alert>;
  const others = sessions.data.filter((s) => s.id !== currentSessionId);

  return (
    <div className="hl-stack">
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <ul className="account-list" aria-label="Signed-in devices">
        {sessions.data.map((s) => (
          <li key={s.id} className="account-list__row">
            <div>
              <strong>{deviceOf(s.userAgent)}</strong> {s.id === currentSessionId ? <Badge tone="success">This device</Badge> : null}
              <p className="hl-small hl-muted">
                Signed in <DateTime value={s.createdAt} withTime />
                {s.ipAddress ? ` · ${s.ipAddress}` : ""}
              </p>
            </div>
            {s.id === currentSessionId ? null : (
              <Button
                size="sm"
                variant="secondary"
                loading={revoke.isPending && revoke.variables === s.token}
                onClick={() => revoke.mutate(s.token)}
                aria-label={`Sign out ${deviceOf(s.userAgent)}, signed in ${new Date(s.createdAt).toLocaleString()}`}
              >
                Sign out
              </Button>
            )}
          </li>
        ))}
      </ul>
      {others.length > 1 ? (
        <div>
          <Button variant="secondary" loading={revoke.isPending && revoke.variables === null} onClick={() => revoke.mutate(null)}>
            Sign out all other devices
          </Button>
        </div>
      ) : null}
    </div>
  );
}
