import type { ReactNode } from "react";
import { Money, RxBadge } from "@healio/ui";
import { SalePrice } from "../sales/sale-price";

export type OrderItem = {
  id: string;
  slug: string;
  name: string;
  strength: string;
  quantity: number;
  unitPriceCents: number;
  lineTotalCents: number;
  /** Prescription-only at order time (shown as an Rx badge). */
  requiresPrescription?: boolean;
  /** Flash-sale unit price charged (unitPriceCents is then the list price), and its event. */
  salePriceCents?: number | null;
  saleEvent?: { name: string; slug: string } | null;
};

export type OrderTotals = { subtotalCents: number; discountCents: number; shippingCents: number; totalCents: number };

export interface OrderItemsProps {
  items: OrderItem[];
  totals: OrderTotals;
  /** Where a line's medicine name links to (the storefront page, from either app). */
  medicineLink: (item: OrderItem) => ReactNode;
  caption: string;
  /** e.g. "Total (Cash on delivery)". */
  totalLabel?: string;
}

/** The order's lines (prices as they were when the order was placed) and its totals. */
export function OrderItems({ items, totals, medicineLink, caption, totalLabel = "Total" }: OrderItemsProps) {
  return (
    <div className="hl-table-wrap">
      <table className="order-items">
        <caption className="hl-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Medicine</th>
            <th scope="col" className="num">
              Price
            </th>
            <th scope="col" className="num">
              Qty
            </th>
            <th scope="col" className="num">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                {medicineLink(item)}
                <span className="hl-muted hl-small"> · {item.strength}</span>
                {item.requiresPrescription ? (
                  <>
                    {" "}
                    <RxBadge />
                  </>
                ) : null}
              </td>
              <td className="num">
                <SalePriceCell item={item} />
              </td>
              <td className="num">{item.quantity}</td>
              <td className="num">
                <Money cents={item.lineTotalCents} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <TotalRow label="Subtotal">
            <Money cents={totals.subtotalCents} />
          </TotalRow>
          {totals.discountCents > 0 ? (
            <TotalRow label="Discount">
              −<Money cents={totals.discountCents} />
            </TotalRow>
          ) : null}
          <TotalRow label="Shipping">{totals.shippingCents === 0 ? "Free" : <Money cents={totals.shippingCents} />}</TotalRow>
          <TotalRow label={totalLabel}>
            <strong>
              <Money cents={totals.totalCents} />
            </strong>
          </TotalRow>
        </tfoot>
      </table>
    </div>
  );
}

function TotalRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row" colSpan={3}>
        {label}
      </th>
      <td className="num">{children}</td>
    </tr>
  );
}

/** The unit price paid: the sale price with the list price struck through, and the event's name. */
export function SalePriceCell({ item }: { item: Pick<OrderItem, "unitPriceCents" | "salePriceCents" | "saleEvent"> }) {
  if (item.salePriceCents == null) return <Money cents={item.unitPriceCents} />;
  return (
    <>
      <SalePrice priceCents={item.salePriceCents} listPriceCents={item.unitPriceCents} />
      {item.saleEvent ? <span className="order-items__sale hl-small hl-muted">{item.saleEvent.name}</span> : null}
    </>
  );
}
