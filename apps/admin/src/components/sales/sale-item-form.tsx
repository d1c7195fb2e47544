"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert, Button } from "@healio/ui";
import { apiErrorInfo } from "@healio/client/api-error";
import { useTRPC } from "@healio/client/trpc";
import { MedicinePicker, type PickedMedicine } from "./medicine-picker";
import { PriceRuleFields, draftOf, toPriceRule } from "./price-rule-fields";

type Mode = { kind: "add"; eventId: string } | { kind: "propose"; events: { id: string; name: string }[] };

/**
 * Put a medicine into an event. Admins add it approved; sellers propose their own, and an admin
 * approves or declines the proposal.
 */
export function SaleItemForm({ mode, onDone }: { mode: Mode; onDone?: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [medicine, setMedicine] = useState<PickedMedicine | null>(null);
  const [eventId, setEventId] = useState(mode.kind === "add" ? mode.eventId : "");
  const [draft, setDraft] = useState(draftOf());
  const [local, setLocal] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const onSuccess = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.sale.pathKey() });
    setMedicine(null);
    setDraft(draftOf());
    setDone(mode.kind === "add" ? "Added to the sale." : "Proposed: an admin will approve or decline it.");
    onDone?.();
  };
  const add = useMutation(trpc.sale.addItem.mutationOptions({ onSuccess }));
  const propose = useMutation(trpc.sale.propose.mutationOptions({ onSuccess }));
  const mutation = mode.kind === "add" ? add : propose;
  const info = mutation.error ? apiErrorInfo(mutation.error) : null;
  const errors = { ...Object.fromEntries(Object.entries(info?.fieldErrors ?? {}).map(([k, v]) => [k, v?.[0]])), ...local };

  function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const { rule, errors: problems } = toPriceRule(draft, medicine?.listPriceCents ?? null);
    if (!medicine) problems.medicineId = "Choose a medicine.";
    if (!eventId) problems.eventId = "Choose a sale.";
    setLocal(problems);
    if (!rule || !medicine || !eventId) return;
    mutation.mutate({ eventId, medicineId: medicine.id, ...rule });
  }

  return (
    <form className="hl-stack sale-form" onSubmit={submit} noValidate>
      {mode.kind === "propose" ? (
        <div className="hl-field">
          <label className="hl-field__label" htmlFor="propose-event">
            Sale<span className="hl-field__required" aria-hidden="true">*</span>
          </label>
          <select id="propose-event" className="hl-input" required value={eventId} onChange={(e) => setEventId(e.target.value)} aria-invalid={errors.eventId ? true : undefined}>
            <option value="">Choose a sale</option>
            {mode.events.map((ev) => (
              <option key={ev.id} value={ev.id}>
                {ev.name}
              </option>
            ))}
          </select>
          {errors.eventId ? <p className="hl-field__error">{errors.eventId}</p> : null}
        </div>
      ) : null}
      <MedicinePicker scope={mode.kind === "add" ? "catalogue" : "mine"} value={medicine} onChange={setMedicine} error={errors.medicineId} />
      <PriceRuleFields draft={draft} onChange={setDraft} errors={errors} />
      {info && Object.keys(info.fieldErrors).length === 0 ? <Alert tone="danger">{info.message}</Alert> : null}
      {done ? (
        <p role="status" className="hl-small">
          {done}
        </p>
      ) : null}
      <div>
        <Button type="submit" loading={mutation.isPending}>
          {mode.kind === "add" ? "Add to sale" : "Propose"}
        </Button>
      </div>
    </form>
  );
}
