"use client";

import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Button } from "@healio/ui";
import { useTRPC } from "@healio/client/trpc";
import { Dialog } from "./dialog";
import { describeProblem } from "./problems";

/** Archive (owner or admin) / restore (owner), each behind a confirmation dialog. */
export function ListingStatusButton({
  id,
  name,
  status,
  canRestore,
}: {
  id: string;
  name: string;
  status: "ACTIVE" | "ARCHIVED";
  canRestore: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const archiving = status === "ACTIVE";
  const archive = useMutation(trpc.listing.archive.mutationOptions());
  const restore = useMutation(trpc.listing.restore.mutationOptions());
  const pending = archive.isPending || restore.isPending;

  if (!archiving && !canRestore) return null;

  async function confirm() {
    setError(null);
    try {
      await (archiving ? archive : restore).mutateAsync({ id });
      setOpen(false);
      await queryClient.invalidateQueries(trpc.listing.history.pathFilter());
      router.refresh();
    } catch (e) {
      setError(describeProblem(e).message);
    }
  }

  return (
    <>
      <Button variant={archiving ? "danger" : "secondary"} onClick={() => setOpen(true)}>
        {archiving ? "Archive" : "Restore to sale"}
      </Button>
      <Dialog
        open={open}
        onClose={() => {
          setOpen(false);
          setError(null);
        }}
        title={archiving ? `Archive “${name}”?` : `Restore “${name}”?`}
        description={
          archiving
            ? "It disappears from the storefront and cannot be ordered. Its stock ledger and history are kept, and it can be restored later."
            : "It goes back on sale in the storefront with its current price and stock."
        }
      >
        {error ? <Alert tone="danger">{error}</Alert> : null}
        <div className="hl-row">
          <Button variant={archiving ? "danger" : "primary"} loading={pending} onClick={() => void confirm()}>
            {archiving ? "Yes, archive" : "Yes, restore"}
          </Button>
          <Button variant="ghost" onClick={() => setOpen(false)} disabled={pending}>
            Cancel
          </Button>
        </div>
      </Dialog>
    </>
  );
}
