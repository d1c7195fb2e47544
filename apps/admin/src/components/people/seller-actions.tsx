"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@healio/client/trpc";
import { ConfirmAction } from "./confirm-action";

export type SellerActionRow = { profileId: string; storeName: string; status: string; standing: string };

const nextYear = () => new Date(Date.now() + 365 * 24 * 3600 * 1000);

/** The decisions open to an admin for one seller, given its stored status and live standing. */
export function SellerActions({ seller }: { seller: SellerActionRow }) {
  const trpc = useTRPC();
  const approve = useMutation(trpc.sellers.approve.mutationOptions());
  const reject = useMutation(trpc.sellers.reject.mutationOptions());
  const suspend = useMutation(trpc.sellers.suspend.mutationOptions());
  const reinstate = useMutation(trpc.sellers.reinstate.mutationOptions());
  const renew = useMutation(trpc.sellers.renewLicence.mutationOptions());
  const { profileId, storeName } = seller;

  return (
    <div className="seller-actions">
      {seller.status === "PENDING" ? (
        <>
          <ConfirmAction
            label="Approve"
            variant="primary"
            title={`Approve ${storeName}?`}
            description="Their account becomes a seller account and they are mailed a link to the console. Check the licence against the register first."
            run={() => approve.mutateAsync({ profileId })}
            done="Approved."
          />
          <ConfirmAction
            label="Reject"
            title={`Reject ${storeName}?`}
            description="They are mailed the reason and may correct their details and apply again."
            withReason
            run={(reason) => reject.mutateAsync({ profileId, reason })}
            done="Rejected."
          />
        </>
      ) : null}
      {seller.status === "APPROVED" ? (
        <ConfirmAction
          label="Suspend"
          variant="danger"
          title={`Suspend ${storeName}?`}
          description="Their listings leave the storefront, carts and checkout at once. Their existing orders stay visible to them and to admins."
          withReason
          run={(reason) => suspend.mutateAsync({ profileId, reason })}
          done="Suspended."
        />
      ) : null}
      {seller.status === "SUSPENDED" ? (
        <ConfirmAction
          label="Reinstate"
          title={`Reinstate ${storeName}?`}
          description="Their active listings come back to the storefront at once."
          run={() => reinstate.mutateAsync({ profileId })}
          done="Reinstated."
        />
      ) : null}
      {seller.standing === "LICENCE_EXPIRED" ? (
        <ConfirmAction
          label="Record renewed licence"
          title={`Record a renewed licence for ${storeName}`}
          description="Only after seeing the renewed licence: it is recorded as valid for one more year from today."
          run={() => renew.mutateAsync({ profileId, licenceExpiresAt: nextYear() })}
          done="Licence renewed."
        />
      ) : null}
    </div>
  );
}
