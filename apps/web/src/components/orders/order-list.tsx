"use client";

import "./orders.css";
import Link from "next/link";
import { useQueries } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Button, Card, DateTime, EmptyState, Money, buttonClassName } from "@healio/ui";
import { useTRPC } from "@/trpc/client";
import type { RouterOutputs } from "@/trpc/types";
import { OrderStatusBadge } from "./order-status";

type OrderPage = RouterOutputs["order"]["mine"];

/**
 * "My orders", newest first. The first page is rendered on the server; "Load more" fetches the
 * next page by its keyset cursor (explicit cursor state, not useInfiniteQuery: the strict input
 * refuses the `direction` field that hook adds).
 */
export function OrderList({ initialPage, pageSize }: { initialPage: OrderPage; pageSize: number }) {
  const trpc = useTRPC();
  const [cursors, setCursors] = useState<string[]>([]);
  const pages = useQueries({
    queries: cursors.map((cursor) => trpc.order.mine.queryOptions({ cursor, limit: pageSize })),
  });
  const loaded = [initialPage, ...pages.flatMap((p) => (p.data ? [p.data] : []))];
  const orders = loaded.flatMap((p) => p.items);
  const last = pages.at(-1);
  const loading = last?.isPending ?? false;
  const nextCursor = loading || last?.isError ? null : (loaded.at(-1)?.nextCursor ?? null);

  if (orders.length === 0) {
    return (
      <EmptyState
        title="No orders yet"
        description="When you place an order, you can follow it here."
        action={
          <Link href="/" className={buttonClassName()}>
            Browse medicines
          </Link>
        }
      />
    );
  }

  return (
    <div className="hl-stack">
      <ul className="order-list" aria-label="Your orders">
        {orders.map((order) => (
          <Card as="li" key={order.id} interactive className="order-row">
            <div>
              <h2 className="order-row__title">
                <Link href={`/orders/${order.id}`} className="order-row__link">
                  Order {order.orderNumber}
                </Link>
              </h2>
              <p className="order-row__meta">
                <DateTime value={order.createdAt} withTime /> · {order.seller.storeName} · {order.itemCount}{" "}
                {order.itemCount === 1 ? "item" : "items"}
              </p>
            </div>
            <div className="order-row__side">
              <OrderStatusBadge status={order.status} />
              <strong>
                <Money cents={order.totalCents} />
              </strong>
            </div>
          </Card>
        ))}
      </ul>
      <p className="hl-visually-hidden" aria-live="polite">
        Showing {orders.length} orders
      </p>
      {last?.isError ? (
        <Alert tone="danger" title="Could not load more orders">
          <Button variant="secondary" size="sm" onClick={() => void last.refetch()}>
            Try again
          </Button>
        </Alert>
      ) : null}
      {nextCursor || loading ? (
        <div className="load-more">
          <Button
            variant="secondary"
            loading={loading}
            onClick={() => {
              if (nextCursor) setCursors((prev) => [...prev, nextCursor]);
            }}
          >
            {loading ? "Loading more…" : "Load more"}
          </Button>
        </div>
      ) : orders.length > pageSize ? (
        <p className="hl-muted hl-small load-more">That is all your orders.</p>
      ) : null}
    </div>
  );
}
