"use client";

import Link from "next/link";
import { useQueries } from "@tanstack/react-query";
import { useState } from "react";
import { Badge, EmptyState, Money, StockBadge } from "@healio/ui";
import type { ListingListMineInput } from "@healio/api/listing/listing.schema";
import { useTRPC } from "@healio/client/trpc";
import { LoadMore, combinePages } from "@healio/client/lists";
import type { ListingPage } from "./types";

type Filters = NonNullable<ListingListMineInput>;

/**
 * The seller's own listings: first page rendered on the server, "Load more" follows the keyset
 * cursor. The page keys this component by its filters, so a new search starts over.
 */
export function ListingsTable({ initialPage, filters }: { initialPage: ListingPage; filters: Filters }) {
  const trpc = useTRPC();
  const [cursors, setCursors] = useState<string[]>([]);
  const more = useQueries({
    queries: cursors.map((cursor) => trpc.listing.listMine.queryOptions({ ...filters, cursor })),
  });
  const pages = combinePages(initialPage, more);
  const filtered = Boolean(filters.search || filters.status);

  if (pages.items.length === 0) {
    return filtered ? (
      <EmptyState title="No medicines match" description="Try another search term or status." />
    ) : (
      <EmptyState
        title="No medicines yet"
        description="Create your first listing; it appears in the storefront straight away."
        action={
          <Link href="/medicines/new" className="hl-button">
            New medicine
          </Link>
        }
      />
    );
  }

  return (
    <div className="hl-stack">
      <div className="hl-card hl-table-wrap">
        <table className="console-table">
          <caption className="hl-visually-hidden">Your medicines, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Medicine</th>
              <th scope="col">Category</th>
              <th scope="col">
                <abbr title="Prescription only">Rx</abbr>
              </th>
              <th scope="col" className="console-table__num">
                Price
              </th>
              <th scope="col" className="console-table__num">
                Stock
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
                  <div className="hl-small hl-muted">
                    {item.strength} · {item.dosageForm} · {item.manufacturer.name}
                  </div>
                </td>
                <td>{item.category.name}</td>
                <td>
                  {item.requiresPrescription ? (
                    <Badge tone="warning" title="Prescription only: a pharmacist checks a prescription before dispatch">
                      Rx
                    </Badge>
                  ) : (
                    <span className="hl-muted" aria-label="No prescription needed">
                      —
                    </span>
                  )}
                </td>
                <td className="console-table__num">
                  <Money cents={item.priceCents} />
                </td>
                <td className="console-table__num">
                  <div className="console-stock">
                    <span>{new Intl.NumberFormat("en-US").format(item.stock)}</span>
                    {item.stock <= 0 ? (
                      <StockBadge status={{ state: "out_of_stock" }} />
                    ) : item.isLowStock ? (
                      <Badge tone="warning" title={`At or below the threshold of ${item.lowStockThreshold}`}>
                        Low stock
                      </Badge>
                    ) : null}
                  </div>
                </td>
                <td>
                  {item.status === "ACTIVE" ? <Badge tone="success">Active</Badge> : <Badge>Archived</Badge>}
                </td>
                <td>
                  <Link href={`/medicines/${item.id}/edit`} aria-label={`Edit ${item.name}`}>
                    Edit
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LoadMore pages={pages} noun="medicines" onMore={(cursor) => setCursors((prev) => [...prev, cursor])} />
    </div>
  );
}
