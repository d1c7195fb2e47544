import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { Alert, Card, DateTime, PageHeader } from "@healio/ui";
import { OrderDetail, PAYMENT_METHOD_LABEL } from "@healio/client/orders";
import { orNotFound } from "@healio/client/server/load";
import "@/components/orders/orders.css";
import { PrescriptionPanel } from "@/components/orders/prescription-panel";
import { StatusActions } from "@/components/orders/status-actions";
import { env } from "@/env";
import { requireMe, serverApi } from "@/trpc/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** Another seller's order is NOT_FOUND, exactly like a missing one. */
const getOrder = cache((id: string) => orNotFound(async () => (await serverApi()).order.get({ id })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const me = await requireMe();
  if (me.role === "CUSTOMER") return { title: "Order" };
  const order = await getOrder((await params).id);
  return { title: `Order ${order.orderNumber}` };
}

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
      {order.recalledLots.length > 0 ? (
        <Alert tone="danger" title="This order holds a recalled lot">
          {order.recalledLots.map((lot, i) => (
            <span key={lot.recallId + lot.lotNumber}>
              {i > 0 ? "; " : ""}
              {lot.medicine}, lot {lot.lotNumber} (<Link href={`/recalls/${lot.recallId}`}>recall</Link>)
            </span>
          ))}
          .{" "}
          {["AWAITING_PRESCRIPTION", "PLACED", "PROCESSING"].includes(order.status)
            ? "Do not send these units: hold the order. The customer has been mailed."
            : "The customer has been mailed."}
        </Alert>
      ) : null}
      <OrderDetail
        order={order}
        audience="staff"
        statusActions={
          order.status === "AWAITING_PRESCRIPTION" ? (
            <p className="hl-muted" style={{ margin: 0 }}>
              This order holds prescription-only medicine. Check the prescription below: approving places the order,
              rejecting cancels it.
            </p>
          ) : (
            <StatusActions orderId={order.id} orderNumber={order.orderNumber} allowed={order.allowedNextStatuses} />
          )
        }
        belowStatus={
          order.prescription ? (
            <Card as="section" className="order-section" aria-labelledby="rx-heading">
              <h2 id="rx-heading">Prescription</h2>
              <PrescriptionPanel
                orderId={order.id}
                orderNumber={order.orderNumber}
                awaiting={order.status === "AWAITING_PRESCRIPTION"}
                prescription={order.prescription}
              />
            </Card>
          ) : null
        }
        items={{
          caption: "Items to pack",
          totalLabel: `Total (${PAYMENT_METHOD_LABEL[order.paymentMethod]})`,
          medicineLink: (item) => <a href={`${env.WEB_URL}/medicines/${item.slug}`}>{item.name}</a>,
        }}
        shippingHeading="Ship to"
        shippingExtra={
          order.customer ? (
            <p className="hl-small" style={{ margin: 0 }}>
              Account: {order.customer.name} ({order.customer.email})
            </p>
          ) : null
        }
      />
    </>
  );
}
