"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, Badge, Button, Card, EmptyState, LoadingState, Money } from "@healio/ui";
import { LocalDateTime } from "@healio/client/dates";
import { apiErrorInfo, apiErrorMessage } from "@healio/client/api-error";
import { useTRPC } from "@healio/client/trpc";
import { Dialog } from "@/components/catalogue/dialog";
import { SaleEventForm } from "./event-form";
import { SaleItemForm } from "./sale-item-form";
import { SaleItemsTable } from "./sale-items-table";
import { PHASE_LABEL } from "./sale-labels";

/** Cancel a sale early: it stops at once for every customer; the reason goes to the audit log. */
function CancelSale({ eventId, name }: { eventId: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const cancel = useMutation(
    trpc.sale.cancel.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.sale.pathKey() });
        setOpen(false);
        router.refresh();
      },
    }),
  );
  const info = cancel.error ? apiErrorInfo(cancel.error) : null;
  function submit(e: FormEvent) {
    e.preventDefault();
    cancel.mutate({ eventId, reason });
  }
  return (
    <>
      <Button variant="danger" onClick={() => { cancel.reset(); setOpen(true); }}>
        Cancel sale
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Cancel ${name}?`} description="Sale prices stop at once for every customer, and this cannot be undone. Orders already placed keep their prices.">
        <form className="hl-stack" onSubmit={submit}>
          <div className="hl-field">
            <label className="hl-field__label" htmlFor="cancel-reason">Reason (kept in the audit log)</label>
            <textarea id="cancel-reason" className="hl-input" rows={3} required minLength={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          {info ? <Alert tone="danger">{info.fieldErrors.reason?.[0] ?? info.message}</Alert> : null}
          <div className="hl-row">
            <Button type="submit" variant="danger" loading={cancel.isPending}>Cancel sale</Button>
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>Keep it running</Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}

/** One event for admins: its schedule (editable until it ends), items and proposals, cancel. */
export function SaleEventAdmin({ eventId, storefrontUrl }: { eventId: string; storefrontUrl: string }) {
  const trpc = useTRPC();
  const event = useQuery(trpc.sale.adminGet.queryOptions({ eventId }));
  if (event.isPending) return <LoadingState label="Loading the sale…" />;
  if (event.isError) return <Alert tone="danger" title="Could not load the sale">{apiErrorMessage(event.error)}</Alert>;
  const e = event.data;
  const open = e.phase === "upcoming" || e.phase === "live";
  const approved = e.items.filter((i) => i.status === "APPROVED");
  const units = approved.reduce((n, i) => n + i.soldUnits, 0);
  const revenue = e.items.reduce((n, i) => n + i.revenueCents, 0);
  return (
    <div className="hl-stack">
      <div className="hl-row sale-admin__summary">
        <Badge tone={PHASE_LABEL[e.phase].tone}>{PHASE_LABEL[e.phase].label}</Badge>
        <span className="hl-small">
          <LocalDateTime value={e.startsAt} /> → <LocalDateTime value={e.endsAt} />
        </span>
        <span className="hl-small">
          {units} sold at the sale price · <Money cents={revenue} /> booked revenue
        </span>
        <a className="hl-small" href={`${storefrontUrl}/sales/${e.slug}`}>
          Sale page ↗
        </a>
        {open ? <CancelSale eventId={e.id} name={e.name} /> : null}
      </div>
      {e.phase === "cancelled" ? (
        <Alert tone="warning" title="Cancelled">
          Cancelled <LocalDateTime value={e.cancelledAt ?? e.endsAt} />. Reason: {e.cancelReason}
        </Alert>
      ) : null}
      <section aria-labelledby="sale-items-heading" className="hl-stack">
        <h2 id="sale-items-heading">Items</h2>
        {e.items.length === 0 ? <EmptyState title="No medicines in this sale yet" description={open ? "Add one below, or wait for sellers' proposals." : "This sale had no items."} /> : <SaleItemsTable items={e.items} view="event" caption={`Items of ${e.name}`} />}
      </section>
      {open ? (
        <div className="sale-admin__forms">
          <Card padded as="section" aria-labelledby="add-item-heading" className="hl-stack">
            <h2 id="add-item-heading">Add a medicine</h2>
            <SaleItemForm mode={{ kind: "add", eventId: e.id }} />
          </Card>
          <Card padded as="section" aria-labelledby="edit-event-heading" className="hl-stack">
            <h2 id="edit-event-heading">Schedule and description</h2>
            <SaleEventForm event={e} />
          </Card>
        </div>
      ) : null}
    </div>
  );
}
