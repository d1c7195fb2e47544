import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { Alert, Badge, EmptyState, PageHeader } from "@healio/ui";
import { LocalDateTime } from "@healio/client/dates";
import { OrderStatusBadge } from "@healio/client/orders";
import { orNotFound } from "@healio/client/server/load";
import { CloseRecallForm } from "@/components/batches/close-recall-form";
import { ExpiryDate } from "@/components/batches/lot-format";
import { requireMe, serverApi } from "@/trpc/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** Another seller's recall is NOT_FOUND, exactly like a missing one. */
const getRecall = cache((id: string) => orNotFound(async () => (await serverApi()).recall.get({ id })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const me = await requireMe();
  if (me.role === "CUSTOMER") return { title: "Recall" };
  const recall = await getRecall((await params).id);
  return { title: `Recall of lot ${recall.lot.lotNumber}` };
}

export default async function RecallPage({ params }: Props) {
  const me = await requireMe();
  if (me.role === "CUSTOMER") return null;
  const recall = await getRecall((await params).id);
  const open = recall.orders.filter((o) => o.open);

  return (
    <>
      <PageHeader
        eyebrow={<Link href="/recalls">← Recalls</Link>}
        title={`Recall of lot ${recall.lot.lotNumber}`}
        description={`${recall.medicine.name} ${recall.medicine.strength} · ${recall.seller.storeName}`}
        actions={recall.status === "OPEN" ? <Badge tone="danger">Open</Badge> : <Badge>Closed</Badge>}
      />
      <div className="hl-stack hl-stack--lg">
        {open.length > 0 ? (
          <Alert tone="warning" title={`Hold ${open.length} open order${open.length > 1 ? "s" : ""}`}>
            These orders have not been sent and contain the recalled lot: {open.map((o) => o.orderNumber).join(", ")}.
          </Alert>
        ) : null}
        <section className="hl-card hl-stack" aria-labelledby="recall-facts">
          <h2 id="recall-facts" className="console-section-title">
            What was recalled
          </h2>
          <dl className="hl-dl">
            <dt>Reason</dt>
            <dd>{recall.reason}</dd>
            <dt>Recalled</dt>
            <dd>
              <LocalDateTime value={recall.createdAt} />
              {recall.createdBy ? ` by ${recall.createdBy}` : ""}
            </dd>
            <dt>Lot expiry</dt>
            <dd>
              <ExpiryDate value={recall.lot.expiresAt} />
            </dd>
            <dt>Units blocked</dt>
            <dd>
              {recall.unitsBlocked} at the recall · {recall.lot.quantity} on hand now (never sold again)
            </dd>
            <dt>Customers mailed</dt>
            <dd>{recall.customersNotified}</dd>
            {recall.closedAt ? (
              <>
                <dt>Closed</dt>
                <dd>
                  <LocalDateTime value={recall.closedAt} />
                  {recall.closedBy ? ` by ${recall.closedBy}` : ""}: {recall.closeNote}
                </dd>
              </>
            ) : null}
          </dl>
        </section>

        <section className="hl-stack" aria-labelledby="affected-heading">
          <h2 id="affected-heading" className="console-section-title">
            Affected orders
          </h2>
          {recall.orders.length === 0 ? (
            <EmptyState title="No order used this lot" description="No customer received units of it; nobody had to be mailed." />
          ) : (
            <div className="hl-card hl-table-wrap">
              <table className="console-table">
                <caption className="hl-visually-hidden">Orders whose lines used the recalled lot</caption>
                <thead>
                  <tr>
                    <th scope="col">Order</th>
                    <th scope="col">Customer</th>
                    <th scope="col" className="console-table__num">
                      Units of the lot
                    </th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {recall.orders.map((o) => (
                    <tr key={o.id}>
                      <th scope="row">
                        <Link href={`/orders/${o.id}`}>{o.orderNumber}</Link>
                      </th>
                      <td>
                        {o.customer.name} {o.customer.email ? <span className="hl-muted hl-small">{o.customer.email}</span> : null}
                      </td>
                      <td className="console-table__num">{o.units}</td>
                      <td>
                        <OrderStatusBadge status={o.status} /> {o.open ? <Badge tone="warning">Hold</Badge> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>

        {recall.status === "OPEN" ? <CloseRecallForm recallId={recall.id} /> : null}
      </div>
    </>
  );
}
