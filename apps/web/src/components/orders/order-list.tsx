"use client";

import "./orders.css";
import { LoadMore, combinePages } from "@healio/client/lists";
import Link from "next/link";
import { useQueries } from "@tanstack/react-query";
import { useState } from "react";
import { Card, DateTime, EmptyState, Money, buttonClassName } from "@healio/ui";
import { useTRPC } from "@healio/client/trpc";
import type { RouterOutputs } from "@/trpc/types";
import { OrderStatusBadge } from "@healio/client/orders";
import { ReorderButton } from "./reorder-button";

type OrderPage = RouterOutputs["order"]["mine"];

/**
 * "My orders", newest first. The first page is rendered on the server; "Load more" fetches the
 * next page by its keyset cursor (explicit cursor state, not useInfiniteQuery: the strict input
 * refuses the `direction` field that hook adds).
 */
export function OrderList({ initialPage, pageSize }: { initialPage: OrderPage; pageSize: number }) {
  const trpc = useTRPC();
  const [cursors, setCursors] = useState<string[]>([]);
  const more = useQueries({
    queries: cursors.map((cursor) => trpc.order.mine.queryOptions({ cursor, limit: pageSize })),
  });
  const pages = combinePages(initialPage, more);
  const orders = pages.items;

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
                <DateTime value={order.createdAt} withTime /> · from <strong>{order.seller.storeName}</strong> · {order.itemCount}{" "}
                {order.itemCount === 1 ? "item" : "items"}
              </p>
              <ul className="order-row__items" aria-label={`Items in order ${order.orderNumber}`}>
                {order.items.map((item) => (
                  <li key={item.id}>
                    {item.quantity} × {item.name}
                    {item.strength ? ` ${item.strength}` : ""}
                  </li>
                ))}
              </ul>
              <ReorderButton orderId={order.id} orderNumber={order.orderNumber} />
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
      <LoadMore
        pages={pages}
        noun="orders"
        endMessage={orders.length > pageSize ? "That is all your orders." : null}
        onMore={(cursor) => setCursors((prev) => [...prev, cursor])}
      />
    </div>
  );
}
