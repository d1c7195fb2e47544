"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@healio/client/trpc";
import { ConfirmAction } from "./confirm-action";

/** Block or unblock one person; both need a reason for the audit log. */
export function BlockControls({ userId, name, blocked }: { userId: string; name: string; blocked: boolean }) {
  const trpc = useTRPC();
  const block = useMutation(trpc.people.block.mutationOptions());
  const unblock = useMutation(trpc.people.unblock.mutationOptions());
  return blocked ? (
    <ConfirmAction
      label="Unblock"
      title={`Unblock ${name}?`}
      description="They can sign in again. Nothing else about their account changes."
      withReason
      run={(reason) => unblock.mutateAsync({ userId, reason })}
      done="Unblocked."
    />
  ) : (
    <ConfirmAction
      label="Block"
      variant="danger"
      title={`Block ${name}?`}
      description="All of their sessions end at once and they cannot sign in. A seller's listings leave the storefront. Their orders, cart and reviews are kept."
      withReason
      run={(reason) => block.mutateAsync({ userId, reason })}
      done="Blocked: every session was revoked."
    />
  );
}
