"use client";

import "./orders.css";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { Alert, Button } from "@healio/ui";
import { useTRPC } from "@healio/client/trpc";
import { apiErrorMessage } from "@healio/client/api-error";

/** Cancel with a confirmation step and an optional reason; the page re-renders with the new status. */
export function CancelOrderButton({ orderId, orderNumber }: { orderId: string; orderNumber: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const cancel = useMutation(
    trpc.order.cancel.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        router.refresh();
      },
      onError: (e) => {
        setError(apiErrorMessage(e));
        // The status may have moved on (e.g. the pharmacy started processing): show it.
        router.refresh();
      },
    }),
  );

  if (!confirming) {
    return (
      <div className="cancel-order">
        {error ? <Alert tone="danger">{error}</Alert> : null}
        <div>
          <Button
            variant="secondary"
            onClick={() => {
              setError(null);
              setConfirming(true);
              requestAnimationFrame(() => noteRef.current?.focus());
            }}
          >
            Cancel order
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form
      className="cancel-order"
      aria-label={`Cancel order ${orderNumber}`}
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        cancel.mutate({ id: orderId, note: note.trim() || undefined });
      }}
    >
      <p style={{ margin: 0 }}>
        <strong>Cancel order {orderNumber}?</strong> The pharmacy will not send it.
      </p>
      <div className="hl-field">
        <label className="hl-field__label" htmlFor={`${id}-note`}>
          Reason (optional)
        </label>
        <textarea
          id={`${id}-note`}
          ref={noteRef}
          className="hl-input hl-textarea"
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <div className="hl-row">
        <Button type="submit" variant="danger" loading={cancel.isPending}>
          Yes, cancel order
        </Button>
        <Button variant="ghost" onClick={() => setConfirming(false)} disabled={cancel.isPending}>
          Keep order
        </Button>
      </div>
    </form>
  );
}
