"use client";

import Link from "next/link";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Button } from "@healio/ui";
import { apiErrorMessage } from "@healio/client/api-error";
import { useTRPC } from "@healio/client/trpc";
import type { RouterOutputs } from "@/trpc/types";

type Result = RouterOutputs["cart"]["reorder"];

const REASON = { unavailable: "no longer sold", cart_full: "your cart is full" } as const;

/** "Buy again": the order's lines go back into the cart (cart.reorder); what could not is listed. */
export function ReorderButton({ orderId, orderNumber }: { orderId: string; orderNumber: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reorder = useMutation(
    trpc.cart.reorder.mutationOptions({
      onMutate: () => {
        setError(null);
        setResult(null);
      },
      onSuccess: (answer) => {
        setResult(answer);
        // The header's cart count and the cart page read this query.
        queryClient.setQueryData(trpc.cart.get.queryKey(), answer.cart);
      },
      onError: (e) => setError(apiErrorMessage(e)),
    }),
  );

  return (
    <div className="reorder" aria-live="polite">
      <Button size="sm" variant="secondary" loading={reorder.isPending} onClick={() => reorder.mutate({ orderId })} aria-label={`Buy order ${orderNumber} again`}>
        Buy again
      </Button>
      {error ? <Alert tone="danger">{error}</Alert> : null}
      {result ? (
        <Alert tone={result.added.length === 0 ? "warning" : result.skipped.length ? "info" : "success"}>
          {result.added.length > 0 ? (
            <p>
              Added {result.added.length} {result.added.length === 1 ? "item" : "items"} to your cart. <Link href="/cart">View cart</Link>
            </p>
          ) : (
            <p>Nothing from this order could be added.</p>
          )}
          {result.skipped.length > 0 ? (
            <ul>
              {result.skipped.map((s) => (
                <li key={s.medicineId}>
                  {s.name}: {REASON[s.reason]}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
    </div>
  );
}
