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

/**
 * One button per status this user may move the order to (the server's `allowedNextStatuses`),
 * with an optional note that goes into the timeline and the customer's e-mail. Cancelling asks
 * for confirmation (it restocks and tells the customer). The page re-renders after a change.
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
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const update = useMutation(
    trpc.order.updateStatus.mutationOptions({
      onSuccess: (order) => {
        setNote("");
        setConfirmCancel(false);
        setMessage({ ok: true, text: `Order ${orderNumber} is now ${ORDER_STATUS_LABEL[order.status].toLowerCase()}.` });
        router.refresh();
      },
      onError: (error) => {
        const info = apiErrorInfo(error);
        setConfirmCancel(false);
        setMessage({ ok: false, text: info.message });
        // Someone else may have moved the order meanwhile: show its current state.
        if (info.code === "CONFLICT" || info.code === "NOT_FOUND") router.refresh();
      },
    }),
  );

  function go(status: OrderStatus) {
    setMessage(null);
    update.mutate({ id: orderId, status, note: note.trim() || undefined });
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

  const forward = allowed.filter((s) => s !== "CANCELLED");
  const canCancel = allowed.includes("CANCELLED");
  const busy = update.isPending;

  return (
    <div className="status-actions">
      {feedback}
      <div className="hl-field">
        <label className="hl-field__label" htmlFor={noteId}>
          Note (optional)
        </label>
        <textarea
          id={noteId}
          className="hl-input hl-textarea"
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-describedby={`${noteId}-hint`}
        />
        <p id={`${noteId}-hint`} className="hl-field__hint">
          Shown in the order timeline and in the e-mail to the customer, e.g. a tracking number.
        </p>
      </div>
      <div className="hl-row" role="group" aria-label="Change status">
        {forward.map((status) => (
          <Button key={status} loading={busy && update.variables?.status === status} disabled={busy} onClick={() => go(status)}>
            {ACTION_LABEL[status]}
          </Button>
        ))}
        {canCancel && !confirmCancel ? (
          <Button variant="secondary" disabled={busy} onClick={() => setConfirmCancel(true)}>
            {ACTION_LABEL.CANCELLED}
          </Button>
        ) : null}
      </div>
      {canCancel && confirmCancel ? (
        <Alert tone="warning" title={`Cancel order ${orderNumber}?`}>
          <p>The items go back into stock and the customer is told by e-mail. This cannot be undone.</p>
          <div className="hl-row">
            <Button variant="danger" loading={busy} onClick={() => go("CANCELLED")}>
              Yes, cancel order
            </Button>
            <Button variant="ghost" disabled={busy} onClick={() => setConfirmCancel(false)}>
              Keep order
            </Button>
          </div>
        </Alert>
      ) : null}
    </div>
  );
}
