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

/**
 * Several mails in one INSERT (same transaction rule). Raw SQL over arrays rather than
 * `createMany`: Prisma cannot cache the plan of a createMany (its shape changes with the number of
 * rows), so every checkout paid a query compilation in WebAssembly (~6 % of its Node CPU).
 * Column defaults (status PENDING, attempts 0, timestamps) come from the table.
 */
export async function enqueueMails(db: DbOrTx, messages: readonly MailMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await db.$executeRaw`
    INSERT INTO "EmailOutbox" (id, "to", subject, text, html)
    SELECT gen_random_uuid()::text, m."to", m.subject, m.text, m.html
    FROM unnest(${messages.map((m) => m.to)}::text[], ${messages.map((m) => m.subject)}::text[],
                ${messages.map((m) => m.text)}::text[], ${messages.map((m) => m.html ?? null)}::text[])
      AS m ("to", subject, text, html)`;
}
