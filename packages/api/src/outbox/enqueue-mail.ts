import type { DbOrTx } from "@healio/db";
import type { MailMessage } from "@healio/mail";

/**
 * Queues an e-mail. Call it with the transaction client of the change it reports: the mail exists
 * if and only if the change committed, and it is sent afterwards by deliverPendingMail, so a slow
 * or broken SMTP server never blocks or loses an order.
 */
export async function enqueueMail(db: DbOrTx, message: MailMessage): Promise<void> {
  await db.emailOutbox.create({
    data: { to: message.to, subject: message.subject, text: message.text, html: message.html ?? null },
  });
}

/** Several mails in one INSERT (same transaction rule). */
export async function enqueueMails(db: DbOrTx, messages: readonly MailMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await db.emailOutbox.createMany({
    data: messages.map((m) => ({ to: m.to, subject: m.subject, text: m.text, html: m.html ?? null })),
  });
}
