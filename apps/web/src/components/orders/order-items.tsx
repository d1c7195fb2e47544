import Link from "next/link";
import { Money } from "@healio/ui";

type Item = {
  id: string;
  slug: string;
  name: string;
  strength: string;
  quantity: number;
  unitPriceCents: number;
  discountCents: number;
  lineTotalCents: number;
};

type Totals = { subtotalCents: number; discountCents: number; shippingCents: number; totalCents: number };

/** The order's lines (prices as they were when the order was placed) and its totals. */
export function OrderItems({ items, totals }: { items: Item[]; totals: Totals }) {
  return (
    <div className="hl-table-wrap">
      <table className="order-items">
        <caption className="hl-visually-hidden">Items in this order</caption>
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
                <Link href={`/medicines/${item.slug}`}>{item.name}</Link>
                <span className="hl-muted hl-small"> · {item.strength}</span>
              </td>
              <td className="num">
                <Money cents={item.unitPriceCents} />
              </td>
              <td className="num">{item.quantity}</td>
              <td className="num">
                <Money cents={item.lineTotalCents} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              Subtotal
            </th>
            <td className="num">
              <Money cents={totals.subtotalCents} />
            </td>
          </tr>
          {totals.discountCents > 0 ? (
            <tr>
              <th scope="row" colSpan={3}>
                Discount
              </th>
              <td className="num">
                −<Money cents={totals.discountCents} />
              </td>
            </tr>
          ) : null}
          <tr>
            <th scope="row" colSpan={3}>
              Shipping
            </th>
            <td className="num">{totals.shippingCents === 0 ? "Free" : <Money cents={totals.shippingCents} />}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={3}>
              Total
            </th>
            <td className="num">
              <strong>
                <Money cents={totals.totalCents} />
              </strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
