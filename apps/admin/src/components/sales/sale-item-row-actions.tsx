"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert, Button, formatMoney } from "@healio/ui";
import { apiErrorInfo, apiErrorMessage } from "@healio/client/api-error";
import { useTRPC } from "@healio/client/trpc";
import { Dialog } from "@/components/catalogue/dialog";
import type { RouterOutputs } from "@/trpc/types";
import { PriceRuleFields, draftOf, toPriceRule } from "./price-rule-fields";

export type SaleItemRow = RouterOutputs["sale"]["adminGet"]["items"][number];

function useRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: trpc.sale.pathKey() });
}

/** Change an item's price rule, cap or limit (the cap never below units already sold). */
export function EditSaleItem({ item }: { item: SaleItemRow }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(() => draftOf(item));
  const [local, setLocal] = useState<Record<string, string>>({});
  const update = useMutation(trpc.sale.updateItem.mutationOptions({ onSuccess: () => { refresh(); setOpen(false); } }));
  const info = update.error ? apiErrorInfo(update.error) : null;
  const errors = { ...Object.fromEntries(Object.entries(info?.fieldErrors ?? {}).map(([k, v]) => [k, v?.[0]])), ...local };
  function submit(e: FormEvent) {
    e.preventDefault();
    const { rule, errors: problems } = toPriceRule(draft, item.medicine.listPriceCents);
    setLocal(problems);
    if (rule) update.mutate({ saleItemId: item.id, ...rule });
  }
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => { setDraft(draftOf(item)); update.reset(); setOpen(true); }}>
        Edit<span className="hl-visually-hidden"> {item.medicine.name}</span>
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Edit ${item.medicine.name}`} description={`List price ${formatMoney(item.medicine.listPriceCents)}; ${item.soldUnits} sold at the sale price so far.`}>
        <form className="hl-stack" onSubmit={submit} noValidate>
          <PriceRuleFields draft={draft} onChange={setDraft} errors={errors} />
          {info && Object.keys(info.fieldErrors).length === 0 ? <Alert tone="danger">{info.message}</Alert> : null}
          <div className="hl-row">
            <Button type="submit" loading={update.isPending}>Save</Button>
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>Cancel</Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}

/** Take an item out of its event (the API refuses once a unit sold at its price). */
export function RemoveSaleItem({ item }: { item: SaleItemRow }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const remove = useMutation(trpc.sale.removeItem.mutationOptions({ onSuccess: () => { refresh(); setOpen(false); } }));
  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => { remove.reset(); setOpen(true); }}>
        Remove<span className="hl-visually-hidden"> {item.medicine.name}</span>
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Remove ${item.medicine.name}?`} description="It leaves the sale at once and returns to its list price. Items that already sold units cannot be removed: set a cap instead.">
        {remove.error ? <Alert tone="danger">{apiErrorMessage(remove.error)}</Alert> : null}
        <div className="hl-row">
          <Button variant="danger" loading={remove.isPending} onClick={() => remove.mutate({ saleItemId: item.id })}>Remove</Button>
          <Button variant="ghost" onClick={() => setOpen(false)}>Keep it</Button>
        </div>
      </Dialog>
    </>
  );
}

/** Approve a seller's proposal, or decline it with a reason the seller sees. */
export function DecideProposal({ item }: { item: SaleItemRow }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState("");
  const decide = useMutation(trpc.sale.decide.mutationOptions({ onSuccess: () => { refresh(); setDeclining(false); } }));
  const info = decide.error ? apiErrorInfo(decide.error) : null;
  return (
    <div className="hl-row">
      <Button size="sm" loading={decide.isPending && decide.variables?.approve} onClick={() => decide.mutate({ saleItemId: item.id, approve: true })}>
        Approve<span className="hl-visually-hidden"> {item.medicine.name} in {item.event.name}</span>
      </Button>
      <Button variant="secondary" size="sm" onClick={() => { decide.reset(); setDeclining(true); }}>
        Decline<span className="hl-visually-hidden"> {item.medicine.name} in {item.event.name}</span>
      </Button>
      {info && !declining ? <span className="hl-field__error">{info.message}</span> : null}
      <Dialog open={declining} onClose={() => setDeclining(false)} title={`Decline ${item.medicine.name}?`} description={`The seller (${item.medicine.storeName}) sees your reason.`}>
        <form className="hl-stack" onSubmit={(e) => { e.preventDefault(); decide.mutate({ saleItemId: item.id, approve: false, reason }); }}>
          <div className="hl-field">
            <label className="hl-field__label" htmlFor={`decline-${item.id}`}>Reason</label>
            <textarea id={`decline-${item.id}`} className="hl-input" rows={3} required minLength={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          {info ? <Alert tone="danger">{info.fieldErrors.reason?.[0] ?? info.message}</Alert> : null}
          <div className="hl-row">
            <Button type="submit" variant="danger" loading={decide.isPending}>Decline</Button>
            <Button type="button" variant="ghost" onClick={() => setDeclining(false)}>Cancel</Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
