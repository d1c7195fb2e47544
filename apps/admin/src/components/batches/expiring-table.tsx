"use client";

import Link from "next/link";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Button, EmptyState, LoadingState } from "@healio/ui";
import { useTRPC } from "@healio/client/trpc";
import { LoadMore, combinePages } from "@healio/client/lists";
import { ExpiryDate } from "./lot-format";

const PAGE_SIZE = 25;
const count = new Intl.NumberFormat("en-US");

/** Lots on sale that expire within `withinDays`, soonest first (admins: every seller's). */
export function ExpiringTable({ withinDays, showSeller }: { withinDays: 30 | 60 | 90; showSeller: boolean }) {
  const trpc = useTRPC();
  const [cursors, setCursors] = useState<string[]>([]);
  const first = useQuery({ ...trpc.batch.expiring.queryOptions({ withinDays, limit: PAGE_SIZE }), staleTime: 0 });
  const more = useQueries({
    queries: cursors.map((cursor) => trpc.batch.expiring.queryOptions({ withinDays, limit: PAGE_SIZE, cursor })),
  });
  const pages = combinePages(first.data, more);

  if (first.isPending) return <LoadingState label="Loading lots…" />;
  if (first.isError) {
    return (
      <Alert tone="danger" title="Could not load the expiring lots">
        <Button variant="secondary" size="sm" onClick={() => void first.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  }
  if (pages.items.length === 0) {
    return <EmptyState title={`No lot expires within ${withinDays} days`} description="Lots on sale that expire soon appear here, soonest first." />;
  }
  return (
    <>
      <div className="hl-card hl-table-wrap">
        <table className="console-table">
          <caption className="hl-visually-hidden">Lots on sale expiring within {withinDays} days, soonest first</caption>
          <thead>
            <tr>
              <th scope="col">Expires</th>
              <th scope="col">Medicine</th>
              <th scope="col">Lot</th>
              <th scope="col" className="console-table__num">
                Units
              </th>
              {showSeller ? <th scope="col">Pharmacy</th> : null}
            </tr>
          </thead>
          <tbody>
            {pages.items.map((lot) => (
              <tr key={lot.id}>
                <td>
                  <ExpiryDate value={lot.expiresAt} />
                </td>
                <td>
                  <Link href={`/medicines/${lot.medicine.id}`}>
                    {lot.medicine.name} <span className="hl-muted">{lot.medicine.strength}</span>
                  </Link>
                </td>
                <td>{lot.lotNumber}</td>
                <td className="console-table__num">{count.format(lot.quantity)}</td>
                {showSeller ? <td>{lot.seller.storeName}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LoadMore pages={pages} noun="lots" onMore={(cursor) => setCursors((prev) => [...prev, cursor])} />
    </>
  );
}
