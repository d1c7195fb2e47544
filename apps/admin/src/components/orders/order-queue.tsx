"use client";

import "./orders.css";
import { LoadMore, combinePages } from "@healio/client/lists";
import Link from "next/link";
import { useQueries } from "@tanstack/react-query";
import { useState } from "react";
import type { OrderStatus } from "@healio/db/enums";
import { Badge, DateTime, EmptyState, Money, RxBadge } from "@healio/ui";
import { useTRPC } from "@healio/client/trpc";
import type { RouterOutputs } from "@/trpc/types";
import { OrderStatusBadge } from "@healio/client/orders";

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
  const more = useQueries({
    queries: cursors.map((cursor) => {
      const input = { ...filters, cursor, limit: pageSize };
      return scope === "admin" ? trpc.order.adminList.queryOptions(input) : trpc.order.sellerQueue.queryOptions(input);
    }),
  });
  const pages = combinePages(initialPage, more);
  const orders = pages.items;

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
                    {order.recalledLots.length > 0 ? (
                      <Badge tone="danger" title={`Recalled lot ${order.recalledLots.map((l) => l.lotNumber).join(", ")}`}>
                        Recalled lot
                      </Badge>
                    ) : null}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LoadMore
        pages={pages}
        noun="orders"
        onMore={(cursor) => setCursors((prev) => [...prev, cursor])}
      />
    </div>
  );
}
