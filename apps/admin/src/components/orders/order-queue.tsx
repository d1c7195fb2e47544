"use client";

import "./orders.css";
import Link from "next/link";
import { useQueries } from "@tanstack/react-query";
import { useState } from "react";
import type { OrderStatus } from "@healio/db";
import { Alert, Button, DateTime, EmptyState, Money } from "@healio/ui";
import { useTRPC } from "@/trpc/client";
import type { RouterOutputs } from "@/trpc/types";
import { OrderStatusBadge } from "./order-status";
import { RxBadge } from "@healio/ui";

export type OrderQueuePage = RouterOutputs["order"]["sellerQueue"];
export type OrderQueueFilters = { status?: OrderStatus; search?: string };

export interface OrderQueueProps {
  /** "admin": every order (order.adminList); "seller": the seller's own (order.sellerQueue). */
  scope: "admin" | "seller";
  initialPage: OrderQueuePage;
  filters: OrderQueueFilters;
  pageSize: number;
}

/**
 * The order table with "Load more". The first page is rendered on the server with the same
 * filters; further pages are queries keyed by their cursor (not useInfiniteQuery: the strict
 * input refuses the `direction` field it adds). The page keys this component by its filters.
 */
export function OrderQueue({ scope, initialPage, filters, pageSize }: OrderQueueProps) {
  const trpc = useTRPC();
  const [cursors, setCursors] = useState<string[]>([]);
  const pages = useQueries({
    queries: cursors.map((cursor) => {
      const input = { ...filters, cursor, limit: pageSize };
      return scope === "admin" ? trpc.order.adminList.queryOptions(input) : trpc.order.sellerQueue.queryOptions(input);
    }),
  });
  const loaded = [initialPage, ...pages.flatMap((p) => (p.data ? [p.data] : []))];
  const orders = loaded.flatMap((p) => p.items);
  const last = pages.at(-1);
  const loading = last?.isPending ?? false;
  const nextCursor = loading || last?.isError ? null : (loaded.at(-1)?.nextCursor ?? null);

  if (orders.length === 0) {
    return (
      <EmptyState
        title={filters.search ? `No order matches “${filters.search}”` : "No orders here yet"}
        description={
          filters.search
            ? "Search by the full order number, e.g. HL-000123 or 123."
            : filters.status
              ? "No orders have this status right now."
              : "New orders appear here as soon as customers place them."
        }
      />
    );
  }

  return (
    <div className="hl-stack">
      <div className="hl-card hl-table-wrap">
        <table className="order-table">
          <caption className="hl-visually-hidden">Orders, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Placed</th>
              <th scope="col">Customer</th>
              {scope === "admin" ? <th scope="col">Pharmacy</th> : null}
              <th scope="col" className="num">
                Items
              </th>
              <th scope="col" className="num">
                Total
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.id}>
                <th scope="row">
                  <Link href={`/orders/${order.id}`}>{order.orderNumber}</Link>
                </th>
                <td>
                  <DateTime value={order.createdAt} withTime />
                </td>
                <td>
                  {order.customer ? (
                    <>
                      {order.customer.name} <span className="hl-muted hl-small">{order.customer.email}</span>
                    </>
                  ) : (
                    order.shipping.name
                  )}
                </td>
                {scope === "admin" ? <td>{order.seller.storeName}</td> : null}
                <td className="num">{order.itemCount}</td>
                <td className="num">
                  <Money cents={order.totalCents} />
                </td>
                <td>
                  <span className="order-flags">
                    <OrderStatusBadge status={order.status} />
                    {order.hasPrescriptionItems ? <RxBadge /> : null}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
      ) : null}
    </div>
  );
}
