import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { TRPCError } from "@trpc/server";
import { Card, DateTime, PageHeader } from "@healio/ui";
import { addressLines } from "@/components/orders/address";
import { CancelOrderButton } from "@/components/orders/cancel-order-button";
import { OrderItems } from "@/components/orders/order-items";
import { ORDER_STATUS_HINT, OrderStatusBadge } from "@/components/orders/order-status";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { ReviewInvites } from "@/components/reviews/review-invites";
import "@/components/orders/orders.css";
import { getCurrentActor, serverApi } from "@/trpc/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** Someone else's order is NOT_FOUND, exactly like a missing one: a 404 page. */
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
  const { id } = await params;
  if (!(await getCurrentActor())) return { title: "Order" };
  const order = await getOrder(id);
  return { title: `Order ${order.orderNumber}` };
}

const PAYMENT_LABEL: Record<string, string> = { CASH_ON_DELIVERY: "Cash on delivery" };

export default async function OrderPage({ params }: Props) {
  const { id } = await params;
  if (!(await getCurrentActor())) redirect(`/sign-in?next=${encodeURIComponent(`/orders/${id}`)}`);
  const order = await getOrder(id);
  const canCancel = order.allowedNextStatuses.includes("CANCELLED");
  const actor = await getCurrentActor();
  const invites =
    order.status === "DELIVERED" && actor?.role === "CUSTOMER" ? await (await serverApi()).review.orderInvites({ orderId: order.id }) : [];

  return (
    <>
      <PageHeader
        eyebrow={<Link href="/orders">← My orders</Link>}
        title={`Order ${order.orderNumber}`}
        description={
          <>
            Placed <DateTime value={order.createdAt} withTime /> · {order.seller.storeName}
          </>
        }
      />
      <div className="order-detail">
        <div className="hl-stack">
          <Card as="section" className="order-section" aria-labelledby="status-heading">
            <h2 id="status-heading">
              Status: <OrderStatusBadge status={order.status} />
            </h2>
            <p style={{ margin: 0 }}>{ORDER_STATUS_HINT[order.status]}</p>
            {canCancel ? <CancelOrderButton orderId={order.id} orderNumber={order.orderNumber} /> : null}
          </Card>
          {invites.length > 0 ? (
            <Card as="section" className="order-section" aria-labelledby="review-heading">
              <h2 id="review-heading">Review your items</h2>
              <ReviewInvites invites={invites} />
            </Card>
          ) : null}
          <Card as="section" className="order-section" aria-labelledby="items-heading">
            <h2 id="items-heading">Items</h2>
            <OrderItems items={order.items} totals={order} />
          </Card>
        </div>
        <div className="hl-stack">
          <Card as="section" className="order-section" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">Timeline</h2>
            <OrderTimeline entries={order.timeline} />
          </Card>
          <Card as="section" className="order-section" aria-labelledby="delivery-heading">
            <h2 id="delivery-heading">Delivery</h2>
            <address style={{ fontStyle: "normal" }}>
              {order.shipping.name}
              {addressLines(order.shipping).map((line) => (
                <span key={line}>
                  <br />
                  {line}
                </span>
              ))}
              <br />
              Phone: {order.shipping.phone}
            </address>
            <p className="hl-small" style={{ margin: 0 }}>
              Payment: {PAYMENT_LABEL[order.paymentMethod] ?? order.paymentMethod}
            </p>
          </Card>
        </div>
      </div>
    </>
  );
}
