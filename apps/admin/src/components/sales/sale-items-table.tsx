"use client";

import Link from "next/link";
import { Badge, Money } from "@healio/ui";
import { LocalDateTime } from "@healio/client/dates";
import { DecideProposal, EditSaleItem, RemoveSaleItem, type SaleItemRow } from "./sale-item-row-actions";
import { ITEM_STATUS_LABEL, PHASE_LABEL, capText, priceRuleText } from "./sale-labels";

type View = "event" | "proposals" | "seller";

/**
 * Sale items as a table. "event": one event's items with edit / remove / decide (admins).
 * "proposals": the admins' queue across events. "seller": the seller's own items, read-only.
 */
export function SaleItemsTable({ items, view, caption }: { items: SaleItemRow[]; view: View; caption: string }) {
  const editable = (i: SaleItemRow) => i.event.phase === "upcoming" || i.event.phase === "live";
  return (
    <div className="hl-card hl-table-wrap">
      <table className="order-table sale-table">
        <caption className="hl-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Medicine</th>
            {view === "event" ? null : <th scope="col">Sale</th>}
            <th scope="col">Sale price</th>
            <th scope="col" className="num">Sold / cap</th>
            <th scope="col" className="num">Per customer</th>
            {view === "proposals" ? null : <th scope="col" className="num">Revenue</th>}
            <th scope="col">Status</th>
            {view === "seller" ? null : <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <th scope="row">
                {i.medicine.name}
                <div className="hl-muted hl-small">
                  {i.medicine.storeName} · list <Money cents={i.medicine.listPriceCents} />
                </div>
              </th>
              {view === "event" ? null : (
                <td>
                  {view === "seller" ? i.event.name : <Link href={`/sales/${i.event.id}`}>{i.event.name}</Link>}{" "}
                  <Badge tone={PHASE_LABEL[i.event.phase].tone}>{PHASE_LABEL[i.event.phase].label}</Badge>
                  <div className="hl-muted hl-small">
                    <LocalDateTime value={i.event.startsAt} /> → <LocalDateTime value={i.event.endsAt} />
                  </div>
                </td>
              )}
              <td>{priceRuleText(i)}</td>
              <td className="num">{capText(i)}</td>
              <td className="num">{i.perCustomerLimit ?? "—"}</td>
              {view === "proposals" ? null : (
                <td className="num">
                  <Money cents={i.revenueCents} />
                </td>
              )}
              <td>
                <Badge tone={ITEM_STATUS_LABEL[i.status].tone}>{ITEM_STATUS_LABEL[i.status].label}</Badge>
                {i.declineReason ? <div className="hl-small hl-muted">Reason: {i.declineReason}</div> : null}
              </td>
              {view === "seller" ? null : (
                <td>
                  <div className="hl-row">
                    {i.status === "PROPOSED" && editable(i) ? <DecideProposal item={i} /> : null}
                    {view === "event" && i.status === "APPROVED" && editable(i) ? <EditSaleItem item={i} /> : null}
                    {view === "event" && editable(i) ? <RemoveSaleItem item={i} /> : null}
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
