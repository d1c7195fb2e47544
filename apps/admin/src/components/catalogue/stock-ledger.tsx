"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Button, EmptyState, LoadingState } from "@healio/ui";
import { useTRPC } from "@healio/client/trpc";
import { STOCK_REASON_LABEL, formatDelta } from "./audit-format";
import { LocalDateTime } from "@healio/client/dates";
import { LoadMore, combinePages } from "@healio/client/lists";

const PAGE_SIZE = 20;

/** The listing's StockMovement ledger, newest first (its deltas sum to the current stock). */
export function StockLedger({ medicineId }: { medicineId: string }) {
  const trpc = useTRPC();
  const [cursors, setCursors] = useState<string[]>([]);
  // Always fresh on mount: orders and other sessions move stock too.
  const first = useQuery({ ...trpc.inventory.movements.queryOptions({ medicineId, limit: PAGE_SIZE }), staleTime: 0 });
  const more = useQueries({
    queries: cursors.map((cursor) => trpc.inventory.movements.queryOptions({ medicineId, limit: PAGE_SIZE, cursor })),
  });
  const pages = combinePages(first.data, more);

  return (
    <section className="hl-stack" aria-labelledby="ledger-heading">
      <h2 id="ledger-heading" className="console-section-title">
        Stock movements
      </h2>
      {first.isPending ? (
        <LoadingState label="Loading stock movements…" />
      ) : first.isError ? (
        <Alert tone="danger" title="Could not load the stock movements">
          <Button variant="secondary" size="sm" onClick={() => void first.refetch()}>
            Try again
          </Button>
        </Alert>
      ) : pages.items.length === 0 ? (
        <EmptyState title="No stock movements yet" description="Restocks, corrections, write-offs and orders appear here." />
      ) : (
        <>
          <div className="hl-card hl-table-wrap">
            <table className="console-table">
              <caption className="hl-visually-hidden">Stock movements, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col" className="console-table__num">
                    Change
                  </th>
                  <th scope="col">Reason</th>
                  <th scope="col">Note</th>
                  <th scope="col">By</th>
                </tr>
              </thead>
              <tbody>
                {pages.items.map((m) => (
                  <tr key={m.id}>
                    <td>
                      <LocalDateTime value={m.createdAt} />
                    </td>
                    <td className={`console-table__num ${m.delta > 0 ? "delta--up" : "delta--down"}`}>{formatDelta(m.delta)}</td>
                    <td>{STOCK_REASON_LABEL[m.reason] ?? m.reason}</td>
                    <td>{m.note ?? <span className="hl-muted">—</span>}</td>
                    <td>{m.actor?.name ?? <span className="hl-muted">{m.orderId ? "Customer order" : "System"}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore pages={pages} noun="movements" onMore={(cursor) => setCursors((prev) => [...prev, cursor])} />
        </>
      )}
    </section>
  );
}
