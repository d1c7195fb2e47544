import { escapeHtml } from "@healio/mail";
import type { MailMessage } from "@healio/mail";
import type { OrderStatus } from "@healio/db";
import type { PlacedOrder, PlaceOrderResult, ShippingSnapshot } from "../checkout/checkout.schema";
import { formatCents } from "../pricing/money";

export type Rendered = Omit<MailMessage, "to"> & { html: string };

/** Text body = the lines; HTML body = the same lines escaped, one paragraph each. */
export function render(subject: string, lines: string[]): Rendered {
  const text = [...lines, "", "— The Healio team"].join("\n");
  const html = [
    "<!doctype html>",
    `<html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;color:#1f2937;line-height:1.5">',
    '<p style="font-size:20px;font-weight:bold;color:#0f766e">Healio</p>',
    ...lines.map((line) => (line === "" ? "<br>" : `<p style="margin:0">${escapeHtml(line)}</p>`)),
    "<p>— The Healio team</p>",
    "</body></html>",
  ].join("\n");
  return { subject, text, html };
}

export const hello = (name: string) => (name.trim() ? `Hi ${name.trim()},` : "Hi,");

function orderLines(order: PlacedOrder, currency: string): string[] {
  return [
    `Order ${order.orderNumber} from ${order.seller.storeName}:`,
    ...order.items.map(
      (i) => `  ${i.quantity} x ${i.name} ${i.strength} @ ${formatCents(i.unitPriceCents, currency)} = ${formatCents(i.lineTotalCents, currency)}`,
    ),
    `  Shipping: ${order.shippingCents === 0 ? "free" : formatCents(order.shippingCents, currency)}`,
    `  Order total: ${formatCents(order.totalCents, currency)}`,
  ];
}

function addressLines(s: ShippingSnapshot): string[] {
  return [s.name, s.line1, s.line2, `${s.postalCode} ${s.city}${s.region ? `, ${s.region}` : ""}`, s.country, s.phone].filter(
    (l): l is string => Boolean(l),
  );
}

export function renderOrderConfirmation(customerName: string, result: PlaceOrderResult): Rendered {
  const numbers = result.orders.map((o) => o.orderNumber).join(", ");
  return render(`Your Healio order ${numbers}`, [
    hello(customerName),
    "",
    result.orders.length > 1
      ? `Thank you for your order. It ships from ${result.orders.length} pharmacies, as ${result.orders.length} separate orders.`
      : "Thank you for your order.",
    "",
    ...result.orders.flatMap((o) => [...orderLines(o, result.currency), ""]),
    `Total: ${formatCents(result.totalCents, result.currency)}. ${result.payment.instructions}`,
    "",
    "Shipping to:",
    ...addressLines(result.shipping),
  ]);
}

export function renderSellerNewOrder(storeName: string, order: PlacedOrder, result: PlaceOrderResult): Rendered {
  return render(`New order ${order.orderNumber}`, [
    hello(storeName),
    "",
    `You have a new order to fulfil.`,
    "",
    ...orderLines(order, result.currency),
    "",
    "Ship to:",
    ...addressLines(result.shipping),
  ]);
}

const STATUS_PHRASE: Record<OrderStatus, string> = {
  AWAITING_PRESCRIPTION: "is waiting for a pharmacist to check your prescription",
  PLACED: "has been placed",
  PROCESSING: "is being prepared",
  SHIPPED: "has shipped",
  DELIVERED: "has been delivered",
  CANCELLED: "has been cancelled",
};

export function renderOrderStatusChanged(args: {
  name: string;
  orderNumber: string;
  storeName: string;
  to: OrderStatus;
  note: string | null;
}): Rendered {
  return render(`Your order ${args.orderNumber} ${STATUS_PHRASE[args.to]}`, [
    hello(args.name),
    "",
    `Your order ${args.orderNumber} from ${args.storeName} ${STATUS_PHRASE[args.to]}.`,
    ...(args.note ? ["", `Note: ${args.note}`] : []),
  ]);
}

export function renderSellerOrderCancelled(args: { storeName: string; orderNumber: string; note: string | null }): Rendered {
  return render(`Order ${args.orderNumber} was cancelled by the customer`, [
    hello(args.storeName),
    "",
    `The customer cancelled order ${args.orderNumber}. Its items are back in your stock; do not ship it.`,
    ...(args.note ? ["", `Note: ${args.note}`] : []),
  ]);
}

export function renderPrescriptionReviewed(args: {
  name: string;
  orderNumber: string;
  storeName: string;
  approved: boolean;
  reason: string | null;
}): Rendered {
  return args.approved
    ? render(`Your prescription for order ${args.orderNumber} was approved`, [
        hello(args.name),
        "",
        `A pharmacist at ${args.storeName} checked your prescription. Order ${args.orderNumber} is placed and will be prepared.`,
      ])
    : render(`Your order ${args.orderNumber} was cancelled: prescription not accepted`, [
        hello(args.name),
        "",
        `A pharmacist at ${args.storeName} could not accept the prescription for order ${args.orderNumber}, so the order was cancelled. Nothing is charged.`,
        ...(args.reason ? ["", `Reason: ${args.reason}`] : []),
        "",
        "You can upload a new prescription and order again.",
      ]);
}
