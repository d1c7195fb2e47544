import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { TRPCError } from "@trpc/server";
import { Card, DateTime, Money, PageHeader, RxBadge } from "@healio/ui";
import { addressLines } from "@/components/orders/address";
import { OrderStatusBadge } from "@/components/orders/order-status";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { PrescriptionPanel } from "@/components/orders/prescription-panel";
import "@/components/orders/orders.css";
import { StatusActions } from "@/components/orders/status-actions";
import { env } from "@/env";
import { requireMe, serverApi } from "@/trpc/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** Another seller's order is NOT_FOUND, exactly like a missing one. */
const getOrder = cache(async (id: string) => {
  try {
    const api = await serverApi();
    return await api.order.get({ id });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const me = await requireMe();
  if (me.role === "CUSTOMER") return { title: "Order" };
  const order = await getOrder((await params).id);
  return { title: `Order ${order.orderNumber}` };
}

const PAYMENT_LABEL: Record<string, string> = { CASH_ON_DELIVERY: "Cash on delivery" };

export default async function ConsoleOrderPage({ params }: Props) {
  const me = await requireMe();
  if (me.role === "CUSTOMER") return null;
  const order = await getOrder((await params).id);

  return (
    <>
      <PageHeader
        eyebrow={<Link href="/orders">← Orders</Link>}
        title={`Order ${order.orderNumber}`}
        description={
          <>
            Placed <DateTime value={order.createdAt} withTime />
            {me.role === "ADMIN" ? ` · ${order.seller.storeName}` : ""}
          </>
        }
      />
      <div className="order-detail">
        <div className="hl-stack">
          <Card as="section" className="order-section" aria-labelledby="status-heading">
            <h2 id="status-heading">
              Status: <OrderStatusBadge status={order.status} />
            </h2>
            {order.status === "AWAITING_PRESCRIPTION" ? (
              <p className="hl-muted" style={{ margin: 0 }}>
                This order holds prescription-only medicine. Check the prescription below: approving places the order,
                rejecting cancels it.
              </p>
            ) : (
              <StatusActions orderId={order.id} orderNumber={order.orderNumber} allowed={order.allowedNextStatuses} />
            )}
          </Card>
          {order.prescription ? (
            <Card as="section" className="order-section" aria-labelledby="rx-heading">
              <h2 id="rx-heading">Prescription</h2>
              <PrescriptionPanel
                orderId={order.id}
                orderNumber={order.orderNumber}
                awaiting={order.status === "AWAITING_PRESCRIPTION"}
                prescription={order.prescription}
              />
            </Card>
          ) : null}
          <Card as="section" className="order-section" aria-labelledby="items-heading">
            <h2 id="items-heading">
              Items <span className="hl-muted hl-small">({order.itemCount})</span>
            </h2>
            <div className="hl-table-wrap">
              <table className="order-table">
                <caption className="hl-visually-hidden">Items to pack</caption>
                <thead>
                  <tr>
                    <th scope="col">Medicine</th>
                    <th scope="col" className="num">
                      Qty
                    </th>
                    <th scope="col" className="num">
                      Unit price
                    </th>
                    <th scope="col" className="num">
                      Total
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {order.items.map((item) => (
                    <tr key={item.id}>
                      <td>
                        <a href={`${env.WEB_URL}/medicines/${item.slug}`}>{item.name}</a>
                        <span className="hl-muted hl-small"> · {item.strength}</span>
                        {item.requiresPrescription ? (
                          <>
                            {" "}
                            <RxBadge />
                          </>
                        ) : null}
                      </td>
                      <td className="num">{item.quantity}</td>
                      <td className="num">
                        <Money cents={item.unitPriceCents} />
                      </td>
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
                      <Money cents={order.subtotalCents} />
                    </td>
                  </tr>
                  {order.discountCents > 0 ? (
                    <tr>
                      <th scope="row" colSpan={3}>
                        Discount
                      </th>
                      <td className="num">
                        −<Money cents={order.discountCents} />
                      </td>
                    </tr>
                  ) : null}
                  <tr>
                    <th scope="row" colSpan={3}>
                      Shipping
                    </th>
                    <td className="num">{order.shippingCents === 0 ? "Free" : <Money cents={order.shippingCents} />}</td>
                  </tr>
                  <tr>
                    <th scope="row" colSpan={3}>
                      Total ({PAYMENT_LABEL[order.paymentMethod] ?? order.paymentMethod})
                    </th>
                    <td className="num">
                      <strong>
                        <Money cents={order.totalCents} />
                      </strong>
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </Card>
        </div>
        <div className="hl-stack">
          <Card as="section" className="order-section" aria-labelledby="shipping-heading">
            <h2 id="shipping-heading">Ship to</h2>
            <address style={{ fontStyle: "normal" }}>
              {order.shipping.name}
              {addressLines(order.shipping).map((line) => (
                <span key={line}>
                  <br />
                  {line}
                </span>
              ))}
              <br />
              Phone: <a href={`tel:${order.shipping.phone.replace(/[^0-9+]/g, "")}`}>{order.shipping.phone}</a>
            </address>
            {order.customer ? (
              <p className="hl-small" style={{ margin: 0 }}>
                Account: {order.customer.name} ({order.customer.email})
              </p>
            ) : null}
          </Card>
          <Card as="section" className="order-section" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">Timeline</h2>
            <OrderTimeline entries={order.timeline} />
          </Card>
        </div>
      </div>
    </>
  );
}
