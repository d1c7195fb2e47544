"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { Alert, Badge, Button, EmptyState, LoadingState, Money } from "@healio/ui";
import { LocalDateTime } from "@healio/client/dates";
import { apiErrorMessage } from "@healio/client/api-error";
import { useTRPC } from "@healio/client/trpc";
import { PHASE_LABEL, type SaleTab } from "./sale-labels";

const EMPTY: Record<SaleTab, string> = {
  live: "No sale is live right now.",
  upcoming: "No sale is scheduled.",
  ended: "No sale has ended yet.",
  cancelled: "No sale was cancelled.",
};

/** The admin's events of one phase, with units sold and revenue (the analytics definitions). */
export function SaleEventsTable({ phase }: { phase: SaleTab }) {
  const trpc = useTRPC();
  const events = useQuery(trpc.sale.adminList.queryOptions({ phase }));
  if (events.isPending) return <LoadingState label="Loading sales…" />;
  if (events.isError)
    return (
      <Alert tone="danger" title="Could not load the sales">
        {apiErrorMessage(events.error)}{" "}
        <Button variant="ghost" size="sm" onClick={() => void events.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  if (events.data.length === 0) return <EmptyState title={EMPTY[phase]} description="Create a sale to schedule one." />;
  return (
    <div className="hl-card hl-table-wrap">
      <table className="order-table sale-table">
        <caption className="hl-visually-hidden">{PHASE_LABEL[phase].label} sales</caption>
        <thead>
          <tr>
            <th scope="col">Sale</th>
            <th scope="col">When (your time)</th>
            <th scope="col" className="num">Items</th>
            <th scope="col" className="num">Proposals</th>
            <th scope="col" className="num">Units sold</th>
            <th scope="col" className="num">
              <abbr title="Booked revenue: sale lines of orders not cancelled and not waiting for a prescription, after the sale discount, before shipping (the analytics definition)">Revenue</abbr>
            </th>
          </tr>
        </thead>
        <tbody>
          {events.data.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                <Link href={`/sales/${e.id}`}>{e.name}</Link> <Badge tone={PHASE_LABEL[e.phase].tone}>{PHASE_LABEL[e.phase].label}</Badge>
                <div className="hl-muted hl-small">/sales/{e.slug}</div>
              </th>
              <td className="hl-small sale-table__when">
                <LocalDateTime value={e.startsAt} />
                <br />→ <LocalDateTime value={e.endsAt} />
              </td>
              <td className="num">{e.approvedItems}</td>
              <td className="num">{e.proposals > 0 ? <Badge tone="warning">{e.proposals}</Badge> : 0}</td>
              <td className="num">{e.unitsSold}</td>
              <td className="num">
                <Money cents={e.revenueCents} />
                {e.deliveredRevenueCents > 0 ? (
                  <div className="hl-muted hl-small">
                    <Money cents={e.deliveredRevenueCents} /> delivered
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
