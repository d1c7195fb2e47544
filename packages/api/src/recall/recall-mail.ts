import type { MailMessage } from "@healio/mail";
import { hello, render } from "../outbox/templates";
import type { AffectedOrder } from "./affected-orders";

export type RecallFacts = { medicine: string; lotNumber: string; storeName: string; reason: string };

/** One mail per affected customer, naming every order of theirs that holds the lot. */
export function customerRecallMails(facts: RecallFacts, orders: AffectedOrder[]): MailMessage[] {
  const byCustomer = new Map<string, AffectedOrder[]>();
  for (const o of orders) byCustomer.set(o.customer.id, [...(byCustomer.get(o.customer.id) ?? []), o]);
  return [...byCustomer.values()].map((own) => {
    const first = own[0]!;
    const shipped = own.filter((o) => !o.open);
    const open = own.filter((o) => o.open);
    const lines = [
      hello(first.customer.name),
      "",
      `${facts.storeName} has recalled lot ${facts.lotNumber} of ${facts.medicine}.`,
      `It was in your order${own.length > 1 ? "s" : ""} ${own.map((o) => o.orderNumber).join(", ")}.`,
      `Reason: ${facts.reason}`,
      "",
      ...(shipped.length
        ? [`If you have received packs from order ${shipped.map((o) => o.orderNumber).join(", ")}, do not use them. Keep them and contact the pharmacy for a return and a replacement.`]
        : []),
      ...(open.length
        ? [`Order ${open.map((o) => o.orderNumber).join(", ")} has not been sent yet: the pharmacy holds it and will contact you.`]
        : []),
    ];
    return { to: first.customer.email, ...render(`Recall: ${facts.medicine}, lot ${facts.lotNumber}`, lines) };
  });
}

/** The seller's record of the recall (also when an admin started it). */
export function sellerRecallMail(
  to: string,
  facts: RecallFacts & { unitsBlocked: number; customers: number; openOrders: string[] },
): MailMessage {
  const lines = [
    hello(facts.storeName),
    "",
    `Lot ${facts.lotNumber} of ${facts.medicine} is recalled. Reason: ${facts.reason}`,
    `${facts.unitsBlocked} unit(s) on hand are blocked from sale. ${facts.customers} customer(s) were notified.`,
    facts.openOrders.length
      ? `Hold these orders, they contain the lot: ${facts.openOrders.join(", ")}. They are flagged in your order queue.`
      : "No open order contains the lot.",
    "The recall page in the console lists every affected order and customer.",
  ];
  return { to, ...render(`Recall recorded: ${facts.medicine}, lot ${facts.lotNumber}`, lines) };
}
