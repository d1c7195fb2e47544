import type { ReactNode } from "react";
import { Card } from "@healio/ui";
import type { RouterOutputs } from "../trpc/types";
import { OrderItems, type OrderItem } from "./order-items";
import { OrderStatusBadge } from "./order-status";
import { OrderTimeline, type TimelineAudience } from "./order-timeline";
import { ShippingAddress } from "./shipping-address";

export type OrderDetailData = RouterOutputs["order"]["get"];

export interface OrderDetailProps {
  order: OrderDetailData;
  audience: TimelineAudience;
  /** Under the status badge: the customer's hint and cancel button, or the console's actions. */
  statusActions: ReactNode;
  /** Sections between the status and the items (e.g. the storefront's review invites). */
  belowStatus?: ReactNode;
  items: { caption: string; totalLabel?: string; medicineLink: (item: OrderItem) => ReactNode };
  /** "Delivery" for the customer, "Ship to" for the packer. */
  shippingHeading: string;
  /** Under the address (payment method, customer account...). */
  shippingExtra?: ReactNode;
}

/**
 * The body of an order page, the same in both apps: status (with the app's own actions) and
 * items on the left; delivery address and status history on the right.
 */
export function OrderDetail({ order, audience, statusActions, belowStatus, items, shippingHeading, shippingExtra }: OrderDetailProps) {
  return (
    <div className="order-detail">
      <div className="hl-stack">
        <Card as="section" className="order-section" aria-labelledby="status-heading">
          <h2 id="status-heading">
            Status: <OrderStatusBadge status={order.status} />
          </h2>
          {statusActions}
        </Card>
        {belowStatus}
        <Card as="section" className="order-section" aria-labelledby="items-heading">
          <h2 id="items-heading">
            Items <span className="hl-muted hl-small">({order.itemCount})</span>
          </h2>
          <OrderItems items={order.items} totals={order} {...items} />
        </Card>
      </div>
      <div className="hl-stack">
        <Card as="section" className="order-section" aria-labelledby="shipping-heading">
          <h2 id="shipping-heading">{shippingHeading}</h2>
          <ShippingAddress shipping={order.shipping} callable={audience === "staff"} />
          {shippingExtra}
        </Card>
        <Card as="section" className="order-section" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">Timeline</h2>
          <OrderTimeline entries={order.timeline} audience={audience} />
        </Card>
      </div>
    </div>
  );
}
