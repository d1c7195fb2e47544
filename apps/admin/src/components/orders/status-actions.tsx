"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { OrderStatus } from "@healio/db/enums";
import { Alert, Button } from "@healio/ui";
import { useTRPC } from "@healio/client/trpc";
import { apiErrorInfo } from "@healio/client/api-error";
import { ORDER_STATUS_LABEL } from "@healio/client/orders";

const ACTION_LABEL: Record<OrderStatus, string> = {
  AWAITING_PRESCRIPTION: "Wait for prescription",
  PLACED: "Mark as placed",
  PROCESSING: "Start processing",
  SHIPPED: "Mark as shipped",
  DELIVERED: "Mark as delivered",
  CANCELLED: "Cancel order",
};

/** What the confirmation says will happen, per target status. */
const CONSEQUENCE: Record<OrderStatus, string> = {
  AWAITING_PRESCRIPTION: "The order waits for a pharmacist to check the prescription.",
  PLACED: "The order goes back to the queue of orders to prepare.",
  PROCESSING: "The customer is told by e-mail that their order is being prepared, and can no longer cancel it.",
  SHIPPED: "The customer is e-mailed the tracking details below.",
  DELIVERED: "The order is complete: its status can no longer change, and the customer may review the medicines.",
  CANCELLED: "The items go back into stock and the customer is told by e-mail. This cannot be undone.",
};

const CONFIRM_LABEL: Record<OrderStatus, string> = {
  AWAITING_PRESCRIPTION: "Yes, wait for prescription",
  PLACED: "Yes, mark as placed",
  PROCESSING: "Yes, start processing",
  SHIPPED: "Yes, mark as shipped",
  DELIVERED: "Yes, mark as delivered",
  CANCELLED: "Yes, cancel order",
};

/**
 * One button per status this user may move the order to (the server's `allowedNextStatuses`).
 * Every change is confirmed first, saying what it does; the note (required when shipping: the
 * courier and tracking number) goes into the timeline and the customer's e-mail. The page
 * re-renders after a change.
 */
export function StatusActions({
  orderId,
  orderNumber,
  allowed,
}: {
  orderId: string;
  orderNumber: string;
  allowed: OrderStatus[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const noteId = useId();
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | null>(null);
  const [pending, setPending] = useState<OrderStatus | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const update = useMutation(
    trpc.order.updateStatus.mutationOptions({
      onSuccess: (order) => {
        setNote("");
        setPending(null);
        setMessage({ ok: true, text: `Order ${orderNumber} is now ${ORDER_STATUS_LABEL[order.status].toLowerCase()}.` });
        router.refresh();
      },
      onError: (error) => {
        const info = apiErrorInfo(error);
        setPending(null);
        setMessage({ ok: false, text: info.message });
        // Someone else may have moved the order meanwhile: show its current state.
        if (info.code === "CONFLICT" || info.code === "NOT_FOUND") router.refresh();
      },
    }),
  );

  function ask(status: OrderStatus) {
    setMessage(null);
    setNoteError(null);
    setPending(status);
  }

  function confirm(status: OrderStatus) {
    const trimmed = note.trim();
    if (status === "SHIPPED" && trimmed.length < 3) {
      setNoteError("Enter the courier and tracking number, so the customer can follow the parcel.");
      document.getElementById(noteId)?.focus();
      return;
    }
    update.mutate({ id: orderId, status, note: trimmed || undefined });
  }

  const feedback = message ? (
    <Alert tone={message.ok ? "success" : "danger"}>{message.text}</Alert>
  ) : null;

  if (allowed.length === 0) {
    return (
      <div className="status-actions">
        {feedback}
        <p className="hl-muted" style={{ margin: 0 }}>
          This order is complete: its status can no longer change.
        </p>
      </div>
    );
  }

  const busy = update.isPending;
  const shipping = pending === "SHIPPED";

  return (
    <div className="status-actions">
      {feedback}
      <div className="hl-row" role="group" aria-label="Change status">
        {allowed.map((status) => (
          <Button
            key={status}
            variant={status === "CANCELLED" ? "secondary" : "primary"}
            disabled={busy || pending !== null}
            onClick={() => ask(status)}
          >
            {ACTION_LABEL[status]}
          </Button>
        ))}
      </div>
      {pending ? (
        <Alert tone={pending === "CANCELLED" ? "warning" : "info"} title={`${ACTION_LABEL[pending]}: order ${orderNumber}?`}>
          <p>{CONSEQUENCE[pending]}</p>
          <div className="hl-field">
            <label className="hl-field__label" htmlFor={noteId}>
              {shipping ? "Courier and tracking number" : "Note (optional)"}
            </label>
            <textarea
              id={noteId}
              className="hl-input hl-textarea"
              maxLength={500}
              required={shipping}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              aria-invalid={noteError ? true : undefined}
              aria-describedby={`${noteId}-hint`}
            />
            <p id={`${noteId}-hint`} className={noteError ? "hl-field__error" : "hl-field__hint"}>
              {noteError ?? "Shown in the order timeline and in the e-mail to the customer."}
            </p>
          </div>
          <div className="hl-row">
            <Button variant={pending === "CANCELLED" ? "danger" : "primary"} loading={busy} onClick={() => confirm(pending)}>
              {CONFIRM_LABEL[pending]}
            </Button>
            <Button variant="ghost" disabled={busy} onClick={() => setPending(null)}>
              {pending === "CANCELLED" ? "Keep order" : "Go back"}
            </Button>
          </div>
        </Alert>
      ) : null}
    </div>
  );
}
