import type { DbOrTx } from "@healio/db";
import type { Mailer } from "@healio/mail";
import { currentLog } from "../observability/request-context";

export interface DeliverOptions {
  /** Rows claimed per call. */
  batchSize?: number;
  /** "Now" for due-ness and backoff (tests move it forward). */
  now?: Date;
  /** After this many failed attempts a row becomes FAILED (kept for inspection, never retried). */
  maxAttempts?: number;
  /** Backoff after the n-th failure: baseDelayMs * 2^(n-1), capped at maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /**
   * A claimed row is invisible to other workers for this long. If the process dies mid-send the
   * row becomes due again afterwards: delivery is at-least-once.
   */
  leaseMs?: number;
}

export type DeliverResult = { claimed: number; sent: number; retrying: number; failed: number };

const DEFAULTS = { batchSize: 20, maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: 6 * 3_600_000, leaseMs: 120_000 };

type ClaimedMail = { id: string; to: string; subject: string; text: string; html: string | null; attempts: number };

export function backoffMs(attempts: number, baseDelayMs: number, maxDelayMs: number): number {
  return Math.min(baseDelayMs * 2 ** Math.max(attempts - 1, 0), maxDelayMs);
}

/**
 * Sends due PENDING mail. Claiming is one statement: `FOR UPDATE SKIP LOCKED` lets several workers
 * (several Next processes) run side by side without sending a row twice, and the claim pushes
 * nextAttemptAt out by a lease and counts the attempt, so no transaction stays open while SMTP is
 * slow. Each row is then marked SENT, or scheduled again with exponential backoff, or FAILED after
 * `maxAttempts` attempts.
 */
export async function deliverPendingMail(db: DbOrTx, mailer: Mailer, options: DeliverOptions = {}): Promise<DeliverResult> {
  const o = { ...DEFAULTS, ...options };
  const now = options.now ?? new Date();
  const leaseUntil = new Date(now.getTime() + o.leaseMs);
  const claimed = await db.$queryRaw<ClaimedMail[]>`
    UPDATE "EmailOutbox" SET attempts = attempts + 1, "nextAttemptAt" = ${leaseUntil}
    WHERE id IN (
      SELECT id FROM "EmailOutbox"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", id
      LIMIT ${o.batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, "to", subject, text, html, attempts`;

  const result: DeliverResult = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0 };
  for (const mail of claimed) {
    try {
      await mailer.send({ to: mail.to, subject: mail.subject, text: mail.text, ...(mail.html ? { html: mail.html } : {}) });
      await db.emailOutbox.update({
        where: { id: mail.id },
        data: { status: "SENT", sentAt: new Date(), lastError: null },
      });
      result.sent += 1;
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const giveUp = mail.attempts >= o.maxAttempts;
      // Once per failed attempt, without the address (personal data stays in the database row).
      currentLog().warn({ outboxId: mail.id, attempts: mail.attempts, giveUp, reason: lastError }, "mail delivery failed");
      if (giveUp) {
        await db.emailOutbox.update({ where: { id: mail.id }, data: { status: "FAILED", lastError } });
        result.failed += 1;
      } else {
        const nextAttemptAt = new Date(now.getTime() + backoffMs(mail.attempts, o.baseDelayMs, o.maxDelayMs));
        await db.emailOutbox.update({ where: { id: mail.id }, data: { nextAttemptAt, lastError } });
        result.retrying += 1;
      }
    }
  }
  return result;
}
