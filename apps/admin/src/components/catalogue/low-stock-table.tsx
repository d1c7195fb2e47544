"use client";

import Link from "next/link";
import { useQueries } from "@tanstack/react-query";
import { useState } from "react";
import { EmptyState, StockBadge } from "@healio/ui";
import { useTRPC } from "@healio/client/trpc";
import { LoadMore, combinePages } from "@healio/client/lists";
import type { LowStockPageData } from "./types";

const count = new Intl.NumberFormat("en-US");

/** Active listings at or below their own threshold, emptiest first, with keyset "load more". */
export function LowStockTable({ initialPage, pageSize }: { initialPage: LowStockPageData; pageSize: number }) {
  const trpc = useTRPC();
  const [cursors, setCursors] = useState<string[]>([]);
  const more = useQueries({
    queries: cursors.map((cursor) => trpc.inventory.lowStock.queryOptions({ limit: pageSize, cursor })),
  });
  const pages = combinePages(initialPage, more);

  if (pages.items.length === 0) {
    return <EmptyState title="Nothing is running low" description="Every active medicine is above its low-stock threshold." />;
  }
  return (
    <div className="hl-stack">
      <div className="hl-card hl-table-wrap">
        <table className="console-table">
          <caption className="hl-visually-hidden">Active medicines at or below their low-stock threshold, emptiest first</caption>
          <thead>
            <tr>
              <th scope="col">Medicine</th>
              <th scope="col" className="console-table__num">
                In stock
              </th>
              <th scope="col" className="console-table__num">
                Threshold
              </th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="hl-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {pages.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link href={`/medicines/${item.id}`} className="console-table__title">
                    {item.name}
                  </Link>
                  <span className="hl-small hl-muted"> · {item.strength}</span>
                </td>
                <td className="console-table__num">{count.format(item.stock)}</td>
                <td className="console-table__num">{count.format(item.lowStockThreshold)}</td>
                <td>
                  <StockBadge stock={item.stock} lowStockThreshold={item.lowStockThreshold} />
                </td>
                <td>
                  <Link href={`/medicines/${item.id}#stock-heading`} aria-label={`Restock ${item.name}`}>
                    Restock
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LoadMore pages={pages} noun="low-stock medicines" onMore={(cursor) => setCursors((prev) => [...prev, cursor])} />
    </div>
  );
}
