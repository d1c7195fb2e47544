import type { Tx } from "@healio/db";
import type { Actor } from "../actor";
import type { MailMessage } from "@healio/mail";
import { enqueueMails } from "../outbox/enqueue-mail";
import { renderOrderConfirmation, renderSellerNewOrder } from "../outbox/templates";
import type { PlaceOrderResult } from "./checkout.schema";
import type { SellerContact } from "./create-orders";

/** One confirmation to the customer for the whole checkout, one new-order notice per seller. */
export async function enqueueCheckoutMail(
  tx: Tx,
  actor: Actor,
  result: PlaceOrderResult,
  sellers: Map<string, SellerContact>,
): Promise<void> {
  const mails: MailMessage[] = [{ to: actor.email, ...renderOrderConfirmation(actor.name, result) }];
  for (const order of result.orders) {
    const seller = sellers.get(order.seller.id);
    if (seller) mails.push({ to: seller.email, ...renderSellerNewOrder(seller.storeName, order, result) });
  }
  await enqueueMails(tx, mails);
}
