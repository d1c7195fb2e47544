import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { Alert, Card, DateTime, EmptyState, Money, PageHeader, buttonClassName } from "@healio/ui";
import { OrderStatusBadge, ShippingAddress } from "@healio/client/orders";
import { firstParam, type SearchParams } from "@healio/client/search-params";
import { getCurrentActor, serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: "Order confirmation" };
export const dynamic = "force-dynamic";

const MAX_ORDERS = 20;

export default async function ConfirmationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = firstParam(await searchParams, "orders", 2_000) ?? "";
  if (!(await getCurrentActor())) redirect(`/sign-in?next=${encodeURIComponent(`/checkout/confirmation?orders=${raw}`)}`);

  const ids = [...new Set(raw.split(",").map((s) => s.trim()).filter(Boolean))].slice(0, MAX_ORDERS);
  const api = await serverApi();
  // Someone else's (or a made-up) id is NOT_FOUND and simply left out.
  const orders = (
    await Promise.all(
      ids.map((id) =>
        api.order.get({ id }).catch((error: unknown) => {
          if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
          throw error;
        }),
      ),
    )
  ).filter((o) => o !== null);

  if (orders.length === 0) {
    return (
      <EmptyState
        title="No orders to show"
        description="This confirmation link does not match any of your orders."
        action={
          <Link href="/orders" className={buttonClassName()}>
            Go to my orders
          </Link>
        }
      />
    );
  }

  const first = orders[0]!;
  const total = orders.reduce((n, o) => n + o.totalCents, 0);
  const many = orders.length > 1;

  return (
    <>
      <PageHeader
        title="Thank you, your order is placed"
        description={
          many
            ? `Your items come from ${orders.length} pharmacies, so you have ${orders.length} orders. Each ships separately.`
            : "We will email you a confirmation shortly."
        }
      />
      <div className="hl-stack">
        <Alert tone="success" title={many ? `${orders.length} orders placed` : `Order ${first.orderNumber} placed`}>
          Placed on <DateTime value={first.createdAt} withTime />. Pay in cash when {many ? "each parcel arrives" : "your parcel arrives"}.
        </Alert>
        {orders.some((o) => o.status === "AWAITING_PRESCRIPTION") ? (
          <Alert tone="info" title="A pharmacist checks your prescription">
            Orders with prescription-only medicine wait for the pharmacy&apos;s pharmacist. Your items are reserved; we e-mail you
            as soon as the prescription is approved, or why it could not be accepted.
          </Alert>
        ) : null}
        <ul className="hl-grid" style={{ listStyle: "none", margin: 0, padding: 0 }} aria-label="Placed orders">
          {orders.map((order) => (
            <Card as="li" key={order.id} className="hl-stack hl-stack--sm" aria-labelledby={`order-${order.id}`}>
              <h2 id={`order-${order.id}`} style={{ margin: 0, fontSize: "var(--hl-text-lg)" }}>
                <Link href={`/orders/${order.id}`}>Order {order.orderNumber}</Link>
              </h2>
              <p className="hl-muted hl-small" style={{ margin: 0 }}>
                {order.seller.storeName}
              </p>
              <div className="hl-row hl-row--between">
                <OrderStatusBadge status={order.status} />
                <span>
                  {order.itemCount} {order.itemCount === 1 ? "item" : "items"} · <Money cents={order.totalCents} />
                </span>
              </div>
            </Card>
          ))}
        </ul>
        <Card as="section" className="hl-stack hl-stack--sm" aria-labelledby="delivery-heading">
          <h2 id="delivery-heading" style={{ margin: 0, fontSize: "var(--hl-text-lg)" }}>
            Delivery
          </h2>
<ShippingAddress shipping={first.shipping} />
          <p style={{ margin: 0 }}>
            <strong>Total to pay on delivery: </strong>
            <Money cents={total} />
          </p>
        </Card>
        <div className="hl-row">
          <Link href="/orders" className={buttonClassName()}>
            View my orders
          </Link>
          <Link href="/" className={buttonClassName({ variant: "secondary" })}>
            Continue shopping
          </Link>
        </div>
      </div>
    </>
  );
}
