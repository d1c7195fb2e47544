"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert, Card, EmptyState, LoadingState } from "@healio/ui";
import { LocalDateTime } from "@healio/client/dates";
import { apiErrorMessage } from "@healio/client/api-error";
import { useTRPC } from "@healio/client/trpc";
import { SaleItemForm } from "./sale-item-form";
import { SaleItemsTable } from "./sale-items-table";

/** Sellers: their medicines in sales (status, units, revenue) and a form to propose one. */
export function SellerSales() {
  const trpc = useTRPC();
  const items = useQuery(trpc.sale.myItems.queryOptions());
  const events = useQuery(trpc.sale.openEvents.queryOptions());
  return (
    <div className="hl-stack">
      <section aria-labelledby="my-sale-items" className="hl-stack">
        <h2 id="my-sale-items">Your medicines in sales</h2>
        {items.isPending ? <LoadingState label="Loading your sale items…" /> : null}
        {items.isError ? <Alert tone="danger">{apiErrorMessage(items.error)}</Alert> : null}
        {items.data && items.data.length === 0 ? <EmptyState title="None yet" description="Propose one of your medicines for an upcoming or live sale below." /> : null}
        {items.data && items.data.length > 0 ? <SaleItemsTable items={items.data} view="seller" caption="Your medicines in sales" /> : null}
      </section>
      <Card padded as="section" aria-labelledby="propose-heading" className="hl-stack">
        <h2 id="propose-heading">Propose a medicine</h2>
        {events.isPending ? <LoadingState label="Loading sales…" /> : null}
        {events.isError ? <Alert tone="danger">{apiErrorMessage(events.error)}</Alert> : null}
        {events.data && events.data.length === 0 ? <p className="hl-muted">No sale is open for proposals right now.</p> : null}
        {events.data && events.data.length > 0 ? (
          <>
            <ul className="hl-small sale-open-events">
              {events.data.map((e) => (
                <li key={e.id}>
                  <strong>{e.name}</strong>: <LocalDateTime value={e.startsAt} /> → <LocalDateTime value={e.endsAt} />
                </li>
              ))}
            </ul>
            <SaleItemForm mode={{ kind: "propose", events: events.data }} />
          </>
        ) : null}
      </Card>
    </div>
  );
}
