"use client";

import Link from "next/link";
import { useQueries } from "@tanstack/react-query";
import { useState } from "react";
import { EmptyState, Money, RxBadge, StockBadge } from "@healio/ui";
import type { MedicineListInput } from "@healio/api/medicine/medicine.schema";
import { useTRPC } from "@healio/client/trpc";
import { LoadMore, combinePages } from "@healio/client/lists";
import type { MarketplacePage } from "./types";

type Filters = NonNullable<MedicineListInput>;

/**
 * For administrators: every seller's ACTIVE listings (the public catalogue query), each linking
 * to its console page, where an admin can read its ledger and history and archive it.
 */
export function MarketplaceTable({ initialPage, filters }: { initialPage: MarketplacePage; filters: Filters }) {
  const trpc = useTRPC();
  const [cursors, setCursors] = useState<string[]>([]);
  const more = useQueries({
    queries: cursors.map((cursor) => trpc.medicine.list.queryOptions({ ...filters, cursor })),
  });
  const pages = combinePages(initialPage, more);

  if (pages.items.length === 0) {
    return <EmptyState title="No listings match" description="Try another search term." />;
  }
  return (
    <div className="hl-stack">
      <div className="hl-card hl-table-wrap">
        <table className="console-table">
          <caption className="hl-visually-hidden">Active listings of all sellers</caption>
          <thead>
            <tr>
              <th scope="col">Medicine</th>
              <th scope="col">Seller</th>
              <th scope="col">Category</th>
              <th scope="col" className="console-table__num">
                Price
              </th>
              <th scope="col">Stock</th>
            </tr>
          </thead>
          <tbody>
            {pages.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link href={`/medicines/${item.id}`} className="console-table__title">
                    {item.name}
                  </Link>
                  <div className="hl-small hl-muted">
                    {item.strength} · {item.dosageForm} · {item.manufacturer.name}
                  </div>
                </td>
                <td>{item.seller.storeName}</td>
                <td>{item.category.name}</td>
                <td className="console-table__num">
                  <Money cents={item.priceCents} />
                </td>
                <td>
                  <div className="console-stock">
                    <StockBadge status={item.stockState} />
                    {item.requiresPrescription ? <RxBadge /> : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LoadMore pages={pages} noun="listings" onMore={(cursor) => setCursors((prev) => [...prev, cursor])} />
    </div>
  );
}
