import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { cache } from "react";
import { Card, DateTime, PageHeader } from "@healio/ui";
import { OrderDetail, PAYMENT_METHOD_LABEL } from "@healio/client/orders";
import { orNotFound } from "@healio/client/server/load";
import { CancelOrderButton } from "@/components/orders/cancel-order-button";
import { ORDER_STATUS_HINT } from "@/components/orders/order-status-hint";
import { ReviewInvites } from "@/components/reviews/review-invites";
import { getCurrentActor, serverApi } from "@/trpc/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** Someone else's order is NOT_FOUND, exactly like a missing one: a 404 page. */
const getOrder = cache((id: string) => orNotFound(async () => (await serverApi()).order.get({ id })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  if (!(await getCurrentActor())) return { title: "Order" };
  const order = await getOrder(id);
  return { title: `Order ${order.orderNumber}` };
}

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
      <OrderDetail
        order={order}
        audience="customer"
        statusActions={
          <>
            <p style={{ margin: 0 }}>{ORDER_STATUS_HINT[order.status]}</p>
            {canCancel ? <CancelOrderButton orderId={order.id} orderNumber={order.orderNumber} /> : null}
          </>
        }
        items={{
          caption: "Items in this order",
          medicineLink: (item) => <Link href={`/medicines/${item.slug}`}>{item.name}</Link>,
        }}
        belowStatus={
          invites.length > 0 ? (
            <Card as="section" className="order-section" aria-labelledby="review-heading">
              <h2 id="review-heading">Review your items</h2>
              <ReviewInvites invites={invites} />
            </Card>
          ) : null
        }
        shippingHeading="Delivery"
        shippingExtra={
          <p className="hl-small" style={{ margin: 0 }}>
            Payment: {PAYMENT_METHOD_LABEL[order.paymentMethod]}
          </p>
        }
      />
    </>
  );
}
